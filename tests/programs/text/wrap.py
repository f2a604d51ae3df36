# Hand-written text wrapping, justification and centering.

TEXT = ("Python is an interpreted, high-level, general-purpose programming language. "
        "Its design philosophy emphasizes code readability with the use of significant "
        "indentation. Supercalifragilisticexpialidocious words get their own line. Short one.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur: list[str] = []
    cur_len = 0
    for word in text.split():
        extra = len(word) + (1 if cur else 0)
        if cur and cur_len + extra > width:
            lines.append(" ".join(cur))
            cur = [word]
            cur_len = len(word)
        else:
            cur.append(word)
            cur_len += extra
    if cur:
        lines.append(" ".join(cur))
    return lines


def justify(line: str, width: int) -> str:
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for ln in lines[:-1]:
        print("|" + justify(ln, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
    print()
for ln in wrap(TEXT, 40)[:4]:
    print("[" + ln.center(44) + "]")
    print("[" + ln.rjust(44, ".") + "]")
print("[" + "odd".center(8, "*") + "]", "[" + "even".center(9, "-") + "]")
print(max(len(l) for l in wrap(TEXT, 20)), len(wrap(TEXT, 20)))
print(wrap("", 10), wrap("one", 1), wrap("a b c d e f", 3))
