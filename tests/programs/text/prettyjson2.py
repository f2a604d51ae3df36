# Pretty-print a bracketed literal (variant of prettyjson.py raising ValueError instead of SyntaxError).
SRC = '{"name":"kiln","tags":["fast","aot",{"nested":[1,2,[3,[]]]}],"ok":true,"n":null,"s":"a,b:{c}","e":{}}'


def pretty(src: str, indent: int = 2) -> str:
    out: list[str] = []
    depth = 0
    in_str = False
    i = 0
    while i < len(src):
        c = src[i]
        if in_str:
            out.append(c)
            if c == "\\":
                out.append(src[i + 1])
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
            out.append(c)
        elif c in "[{":
            if i + 1 < len(src) and src[i + 1] in "]}":
                out.append(c + src[i + 1])
                i += 1
            else:
                depth += 1
                out.append(c + "\n" + " " * (indent * depth))
        elif c in "]}":
            depth -= 1
            out.append("\n" + " " * (indent * depth) + c)
        elif c == ",":
            out.append(",\n" + " " * (indent * depth))
        elif c == ":":
            out.append(": ")
        else:
            out.append(c)
        i += 1
    if depth != 0 or in_str:
        raise ValueError(f"unbalanced input (depth={depth}, in_str={in_str})")
    return "".join(out)


def max_depth(src: str) -> int:
    d = best = 0
    for c in src:
        if c in "[{":
            d += 1
            best = max(best, d)
        elif c in "]}":
            d -= 1
    return best


text = pretty(SRC)
print(text)
print("lines:", text.count("\n") + 1, "max depth:", max_depth(SRC))
print(pretty("[1,[2,3]]", indent=4))
for bad in ['{"a":[1,2}', '["open']:
    try:
        pretty(bad)
    except ValueError as e:
        print("ValueError:", e)
