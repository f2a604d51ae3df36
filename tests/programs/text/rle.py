# Run-length encoding and decoding, with round-trip checks and error cases.


def rle_encode(s: str) -> str:
    if not s:
        return ""
    out: list[str] = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev = c
            n = 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def rle_decode(s: str) -> str:
    out: list[str] = []
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * (int(num) if num else 1))
            num = ""
    if num:
        raise ValueError(f"dangling count {num!r} in {s!r}")
    return "".join(out)


def pairs(s: str) -> list[tuple[str, int]]:
    res: list[tuple[str, int]] = []
    for c in s:
        if res and res[-1][0] == c:
            res[-1] = (c, res[-1][1] + 1)
        else:
            res.append((c, 1))
    return res


samples = ["", "a", "aaaa", "abc", "aaabccddddde", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "ééé€€x  y"]
for s in samples:
    e = rle_encode(s)
    d = rle_decode(e)
    ratio = len(e) / len(s) if s else 1.0
    print(f"{s[:20]!r:<24} -> {e!r:<30} ok={d == s} ratio={ratio:.2f}")
print(pairs("mississippi"))
print(max(pairs("aabbbbcccdd"), key=lambda p: p[1]))
for bad in ["3a2", "12"]:
    try:
        rle_decode(bad)
    except ValueError as err:
        print("error:", err)
print(rle_decode("10x2y1z"))
