# Simple markdown-to-plain-text converter: headings, lists, emphasis, links, code.

DOC = """# Project *Kiln*

Kiln compiles **Python** to `native` code. See [the docs](http://x.y/docs).

## Features
- fast **startup**
- small binaries
  - nested item
1. first
2. second with `code`

> A quote with _emphasis_.

---
Final line with a [link](u) and **bold _mixed_**.
"""


def strip_inline(s: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(s):
        if s.startswith("**", i):
            i += 2
            continue
        c = s[i]
        if c in "*_`":
            i += 1
            continue
        if c == "[":
            close = s.find("]", i)
            if close != -1 and close + 1 < len(s) and s[close + 1] == "(":
                end = s.find(")", close)
                out.append(s[i + 1:close] + " <" + s[close + 2:end] + ">")
                i = end + 1
                continue
        out.append(c)
        i += 1
    return "".join(out)


def convert(md: str) -> list[str]:
    out: list[str] = []
    counters = {1: 0, 2: 0}
    for line in md.splitlines():
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            title = strip_inline(line[level:].strip())
            if level in counters:
                counters[level] += 1
                if level == 1:
                    counters[2] = 0
            num = ".".join(str(counters[k]) for k in range(1, level + 1))
            out.append(f"{num} {title}")
            out.append(("=" if level == 1 else "-") * (len(num) + 1 + len(title)))
        elif stripped.startswith("- "):
            out.append(" " * indent + "  • " + strip_inline(stripped[2:]))
        elif stripped[:1].isdigit() and ". " in stripped:
            n, _, rest = stripped.partition(". ")
            out.append(f"  ({n}) " + strip_inline(rest))
        elif line.startswith("> "):
            out.append("    | " + strip_inline(line[2:]))
        elif line.strip() == "---":
            out.append("~" * 20)
        else:
            out.append(strip_inline(line))
    return out


for ln in convert(DOC):
    print(repr(ln) if ln.endswith(" ") else ln)
print(strip_inline("**a** _b_ `c` [d](e) [no link] ***x***"))
