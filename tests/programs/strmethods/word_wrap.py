# Greedy word wrap, then justify lines with center/ljust/rjust.
text = "Kiln compiles a subset of Python ahead of time into native executables, and it must print exactly what CPython prints."


def wrap(s, width):
    lines = []
    cur = ""
    for w in s.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur = cur + " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


for width in [20, 32]:
    print("+" + "-" * width + "+")
    for line in wrap(text, width):
        print("|" + line.ljust(width) + "|")
    for line in wrap(text, width):
        print("|" + line.rjust(width) + "|")
    for line in wrap(text, width):
        print("|" + line.center(width) + "|")
