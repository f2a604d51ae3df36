# A line diff of two files (longest common subsequence), written as a unified-ish report.
OLD = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"]
NEW = ["apple", "blueberry", "cherry", "date", "fig", "grape", "honeydew"]

with open("old.txt", "w") as f:
    f.writelines(w + "\n" for w in OLD)
with open("new.txt", "w") as f:
    for w in NEW:
        print(w, file=f)

def read_lines(path):
    with open(path) as f:
        return [line.rstrip("\n") for line in f]

def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t

def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    for rest in a[i:]:
        yield "-", rest
    for rest in b[j:]:
        yield "+", rest

a = read_lines("old.txt")
b = read_lines("new.txt")
counts = {" ": 0, "-": 0, "+": 0}
with open("changes.diff", "w") as out:
    out.write("--- old.txt\n+++ new.txt\n")
    for tag, line in diff(a, b):
        counts[tag] += 1
        out.write(f"{tag}{line}\n")
print(open("changes.diff").read(), end="")
print(f"kept {counts[' ']}, removed {counts['-']}, added {counts['+']}")
similarity = 2 * counts[" "] / (len(a) + len(b))
print(f"similarity {similarity:.3f}")
with open("changes.diff") as f:
    f.readline()
    f.readline()
    changed = [line[1:].strip() for line in f if line[0] != " "]
print(changed)
