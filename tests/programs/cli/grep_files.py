# grep over files the program writes: pattern and flags from argv.
import sys

FILES = {
    "notes.txt": "Kiln compiles Python\nkilns are hot\nnothing here\n\nKILN in caps\n",
    "todo.txt": "fire the kiln\r\nbuy clay\r\nclean kiln shelf\r\n",
    "empty.txt": "",
}
for name in sorted(FILES):
    with open(name, "w") as f:
        f.write(FILES[name])

args = sys.argv[1:]
ignore_case = "-i" in args
count_only = "-c" in args
invert = "-v" in args
rest = [a for a in args if not a.startswith("-")]
pattern = rest[0]
paths = rest[1:]
print("pattern:", repr(pattern), "flags:", ignore_case, count_only, invert)

def matches(line):
    if ignore_case:
        hit = pattern.lower() in line.lower()
    else:
        hit = pattern in line
    return hit != invert

total = 0
errors = 0
for path in paths:
    try:
        f = open(path)
    except OSError as e:
        print(f"grep: {e}")
        errors += 1
        continue
    with f:
        n = 0
        lineno = 0
        for line in f:
            lineno += 1
            if matches(line):
                n += 1
                if not count_only:
                    print(f"{path}:{lineno}:{line.rstrip()}")
        if count_only:
            print(f"{path}:{n}")
        total += n
    print("closed:", f.closed)
print("total", total)
sys.exit(2 if errors else (0 if total else 1))
