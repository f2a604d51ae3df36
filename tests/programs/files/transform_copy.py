# File copy with transforms: tabs expanded, trailing spaces stripped, CRLF normalized,
# lines over a width wrapped; statistics of what changed.
SOURCE = "def f(x):\r\n\treturn x + 1   \r\n\r\n\tif x:\t# comment\n" + "word " * 20 + "\n" + "last line without newline  "

with open("src.txt", "w") as f:
    f.write(SOURCE)

def wrap(text, width):
    pieces = []
    while len(text) > width:
        cut = text.rfind(" ", 0, width + 1)
        if cut <= 0:
            cut = width
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    pieces.append(text)
    return pieces

stats = {"tabs": 0, "trailing": 0, "wrapped": 0, "lines": 0}
with open("src.txt") as src, open("dst.txt", "w") as dst:
    while True:
        line = src.readline()
        if line == "":
            break
        stats["lines"] += 1
        has_newline = line.endswith("\n")
        body = line[:-1] if has_newline else line
        if "\t" in body:
            stats["tabs"] += body.count("\t")
            body = body.expandtabs(4)
        stripped = body.rstrip()
        if stripped != body:
            stats["trailing"] += 1
        parts = wrap(stripped, 40)
        if len(parts) > 1:
            stats["wrapped"] += len(parts) - 1
        dst.writelines(p + "\n" for p in parts)
    print("dst closed inside with?", dst.closed)
print("dst closed after with?", dst.closed, "src closed?", src.closed)

print(stats)
with open("dst.txt") as f:
    for i, line in enumerate(f.read().splitlines()):
        print(f"{i:2}|{line}|")
copy_size = len(open("dst.txt").read())
orig_size = len(open("src.txt").read())
print(orig_size, copy_size, f"{copy_size / orig_size:.1%}")
