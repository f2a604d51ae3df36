# Roman numerals (variant of roman.py without divmod and without reversed() of a str).


def div_mod(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYM = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        raise ValueError(f"out of range: {n}")
    parts: list[str] = []
    for v, s in VALUES:
        q, n = div_mod(n, v)
        parts.append(s * q)
    return "".join(parts)


def from_roman(s: str) -> int:
    total = 0
    prev = 0
    for c in s.upper()[::-1]:
        if c not in SYM:
            raise ValueError(f"invalid numeral {c!r} in {s!r}")
        v = SYM[c]
        if v < prev:
            total -= v
        else:
            total += v
            prev = v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (canonical: {to_roman(total)})")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999):
    r = to_roman(n)
    print(f"{n:>5} = {r:<16} back={from_roman(r)}")
for s in ["mcmxc", "IIII", "VX", "MMXZ", "XLII", "iv"]:
    try:
        print(f"{s} -> {from_roman(s)}")
    except ValueError as e:
        print(f"{s} -> ValueError: {e}")
for n in (0, 4000, -7):
    try:
        to_roman(n)
    except ValueError as e:
        print(e)
longest = max(range(1, 4000), key=lambda k: len(to_roman(k)))
print("longest:", longest, to_roman(longest))
print(sum(from_roman(to_roman(k)) == k for k in range(1, 4000)))
