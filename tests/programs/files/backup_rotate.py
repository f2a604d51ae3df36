# Rotating backups: each "run" copies data.txt to data.txt.1 after shifting .1 -> .2 ...
# up to a limit; missing backups are detected with FileNotFoundError; a manifest is kept.
LIMIT = 3

def exists(path):
    try:
        with open(path):
            return True
    except FileNotFoundError:
        return False

def copy(src, dst):
    n = 0
    with open(src) as fin, open(dst, "w") as fout:
        for line in fin:
            fout.write(line)
            n += 1
    return n

def rotate(base):
    moved = []
    for i in range(LIMIT - 1, 0, -1):
        older = f"{base}.{i}"
        if exists(older):
            copy(older, f"{base}.{i + 1}")
            moved.append(f"{i}->{i + 1}")
    lines = copy(base, f"{base}.1")
    return moved, lines

for run in range(1, 6):
    with open("data.txt", "w") as f:
        for j in range(run):
            f.write(f"run {run} line {j}\n")
    moved, lines = rotate("data.txt")
    with open("manifest.txt", "a") as m:
        print(f"run {run}: copied {lines} lines, moved {moved}", file=m)

print(open("manifest.txt").read(), end="")
for i in range(1, LIMIT + 2):
    path = f"data.txt.{i}"
    try:
        with open(path) as f:
            first = f.readline().strip()
            count = 1 + len(f.readlines())
        print(f"{path}: {count} lines, first {first!r}")
    except FileNotFoundError as e:
        print(f"{path}: missing ({e})")
