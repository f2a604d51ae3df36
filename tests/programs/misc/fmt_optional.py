from typing import Optional

def find(xs: list[int], target: int) -> Optional[int]:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None

def price(name: str) -> Optional[float]:
    table = {"apple": 1.5, "pear": 0.25, "melon": 12.0}
    if name in table:
        return table[name]
    return None

def label(k: int) -> Optional[str]:
    if k % 2:
        return "odd" + "!" * k
    return None

xs = [4, 8, 15, 16, 23, 42]
for t in [15, 42, 7]:
    r = find(xs, t)
    print(f"{t}: {r} {r!r} [{r!s:>6}] [{r!r:<6}]")
    if r is not None:
        print(f"  [{r:>5}] [{r:05d}] [{r:x}] [{r:+}] [{r:,}]")
for n in ["apple", "pear", "kiwi"]:
    p = price(n)
    print(f"{n:>8}: {p}")
    if p is not None:
        print(f"  {p:.2f} {p:8.3f} {p:e} {p:%} {p:g}")
    print("  " + format(p) + "|" + str(p) + "|" + repr(p))
for k in range(4):
    s = label(k)
    print(f"{k} -> {s} / {s!r}")
    if s:
        print(f"  [{s:^12}] [{s:*<10}] [{s:.3}]")
v = find(xs, 99)
print(f"{v:}" + "|" + f"{v!s:10}|")
print("{} {!r} {:}".format(v, v, v))
w = find(xs, 99)
print(f"[{w:>5}]")
