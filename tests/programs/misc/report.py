from typing import Optional

def parse(s: str) -> Optional[int]:
    s = s.strip()
    if s.lstrip("-").isdigit():
        return int(s)
    return None

raw = ["125", " 7 ", "x", "-3600", "", "86401", "42abc", "3599"]
for r in raw:
    v = parse(r)
    if v is None:
        print(f"{r!r:>8} -> {v!s:>10} (skipped)")
        continue
    h, rem = divmod(abs(v), 3600)
    m, s = divmod(rem, 60)
    sign = "-" if v < 0 else ""
    print(f"{r!r:>8} -> {sign}{h:02}:{m:02}:{s:02} {v:>+8,} {v:#x} {v:o}")
best: Optional[int] = None
for r in raw:
    v = parse(r)
    if v is not None and (best is None or v > best):
        best = v
print(f"best={best}", f"{best!r}")
for total in [0, 1, 99, 100, 12345, -7]:
    q, rr = divmod(total, 100)
    print(f"${q},{rr:02d}", divmod(float(total), 7.5))
