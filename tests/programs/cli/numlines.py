# nl-like: number lines read with input() until EOF; -s SEP and -w WIDTH options
import sys

width = 6
sep = "\t"
skip_blank = False
i = 1
argv = sys.argv
while i < len(argv):
    a = argv[i]
    if a == "-w":
        i += 1
        if i >= len(argv):
            print("nl: option -w needs a value", file=sys.stderr)
            sys.exit(2)
        try:
            width = int(argv[i])
        except ValueError:
            print(f"nl: invalid width: {argv[i]!r}", file=sys.stderr)
            sys.exit(2)
    elif a == "-s":
        i += 1
        sep = argv[i]
    elif a == "-b":
        skip_blank = True
    else:
        print(f"nl: unknown arg {a}", file=sys.stderr)
        sys.exit(2)
    i += 1

n = 0
total = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    total += 1
    if skip_blank and not line.strip():
        print()
        continue
    n += 1
    print(f"{n:>{width}}{sep}{line}")
print(f"-- {n} numbered of {total} lines", file=sys.stderr)
print(f"summary: {n}/{total}")
