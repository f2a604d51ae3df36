# wc for files the program writes, plus one that is missing and one that is a directory.
import sys

def write(path, text):
    with open(path, "w") as f:
        f.write(text)

write("a.txt", "one two three\nfour five\n")
write("b.txt", "")
write("c.txt", "no newline at end")
write("d.txt", "ünïcödé wörds\nand € signs\n\n")

def count(path):
    lines = words = chars = 0
    with open(path) as f:
        for line in f:
            lines += line.count("\n")
            words += len(line.split())
            chars += len(line)
    return lines, words, chars

totals = [0, 0, 0]
status = 0
for path in ["a.txt", "b.txt", "missing.txt", "c.txt", ".", "d.txt"]:
    try:
        l, w, c = count(path)
    except FileNotFoundError as e:
        print(f"wc: {path}: {e}", file=sys.stderr)
        print(f"wc: {path}: No such file [{type(e).__name__}]")
        status = 1
        continue
    except IsADirectoryError as e:
        print(f"wc: {path}: Is a directory [{type(e).__name__}]")
        status = 1
        continue
    totals[0] += l
    totals[1] += w
    totals[2] += c
    print(f"{l:7d} {w:7d} {c:7d} {path}")
print(f"{totals[0]:7d} {totals[1]:7d} {totals[2]:7d} total")
sys.exit(status)
