# Duration formatting and unit conversions with divmod over ints, floats, bools, big ints.
def human(seconds):
    if seconds < 0:
        return "-" + human(-seconds)
    parts = []
    for unit, size in [("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)]:
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count}{unit}")
    if seconds or not parts:
        parts.append(f"{seconds}s")
    return " ".join(parts)

for s in [0, 59, 60, 61, 3599, 3600, 86399, 90061, 694861, 1209600, -3725]:
    print(f"{s:>8} -> {human(s)}")

def fhuman(seconds):
    minutes, secs = divmod(seconds, 60.0)
    hours, minutes = divmod(minutes, 60.0)
    return f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"

for t in [0.5, 59.999, 61.25, 3661.125, 7322.75, -1.5]:
    print(f"{t:>10} -> {fhuman(t)}", divmod(t, 60.0))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n in [0, 7, 255, -255, 2 ** 64, 3 ** 50, -(10 ** 25)]:
    print(n, to_base(n, 2)[-16:], to_base(n, 16), to_base(n, 36))
    if n > 0:
        assert int(to_base(n, 36), 36) == n

print(divmod(True, True), divmod(False, 3), divmod(10, True), divmod(2.5, True))
big = 123456789012345678901234567890
for d in [1, -1, 7, -7, 10 ** 15, -(10 ** 15), big, -big, big + 1]:
    q, r = divmod(big, d)
    assert q * d + r == big
    print(d, q, r, (r >= 0) == (d > 0) or r == 0)
print(divmod(big, 7.0), divmod(-big, 1e10))
cents = 123457
dollars, cents_left = divmod(cents, 100)
print(f"${dollars:,}.{cents_left:02d}")
try:
    print(divmod(big, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(big, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(divmod(5, -0.5), divmod(-5, 0.5), divmod(0.1, 0.01), divmod(1e308, 1e-3))
print(divmod(-big, 0.0))
