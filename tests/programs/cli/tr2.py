# tr-like (variant of tr.py without str.maketrans/translate): dict-based translation
import sys


def expand(spec: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            a, b = ord(spec[i]), ord(spec[i + 2])
            if a > b:
                print(f"tr: range-endpoints of '{spec[i:i+3]}' are in reverse order", file=sys.stderr)
                sys.exit(1)
            out.extend(chr(c) for c in range(a, b + 1))
            i += 3
        else:
            out.append(spec[i])
            i += 1
    return "".join(out)


args = sys.argv[1:]
delete = False
squeeze = False
while args and args[0].startswith("-") and len(args[0]) > 1:
    flag = args.pop(0)
    delete = delete or "d" in flag
    squeeze = squeeze or "s" in flag
text = sys.stdin.read()
if delete:
    drop = set(expand(args[0]))
    result = "".join(c for c in text if c not in drop)
else:
    src = expand(args[0])
    dst = expand(args[1])
    if len(dst) < len(src):
        dst = dst + dst[-1] * (len(src) - len(dst))
    table = {src[k]: dst[k] for k in range(len(src))}
    result = "".join(table.get(c, c) for c in text)
    if squeeze:
        sq: list[str] = []
        for c in result:
            if sq and sq[-1] == c and c in dst:
                continue
            sq.append(c)
        result = "".join(sq)
sys.stdout.write(result)
print(repr(result[:30]))
