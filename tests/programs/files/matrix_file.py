# Matrices stored in a text file (blocks with a header line), read back, multiplied,
# and the results appended to the same file.
def write_matrix(f, name, m):
    f.write(f"{name} {len(m)}x{len(m[0])}\n")
    for row in m:
        f.write(" ".join(f"{v:g}" for v in row) + "\n")

def read_matrices(path):
    result = {}
    with open(path) as f:
        while True:
            header = f.readline()
            if not header:
                break
            name, dims = header.split()
            rows, cols = (int(x) for x in dims.split("x"))
            m = []
            for _ in range(rows):
                vals = [float(x) for x in f.readline().split()]
                if len(vals) != cols:
                    raise ValueError(f"{name}: expected {cols} values, got {len(vals)}")
                m.append(vals)
            result[name] = m
    return result

def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))]
            for i in range(len(a))]

A = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
B = [[0.5, -1.0, 2.0], [1.5, 0.0, -0.25]]
I = [[1.0, 0.0], [0.0, 1.0]]
with open("mats.txt", "w") as f:
    write_matrix(f, "A", A)
    write_matrix(f, "B", B)
    write_matrix(f, "I", I)

mats = read_matrices("mats.txt")
print(sorted(mats), [f"{len(m)}x{len(m[0])}" for m in mats.values()])
with open("mats.txt", "a") as f:
    for left, right in [("A", "B"), ("B", "A"), ("A", "I"), ("B", "B")]:
        try:
            write_matrix(f, left + right, matmul(mats[left], mats[right]))
        except ValueError as e:
            print("skip", left + right, "->", e)
again = read_matrices("mats.txt")
for name in sorted(again, key=lambda n: (len(n), n)):
    m = again[name]
    print(name)
    for row in m:
        print("  " + " ".join(f"{v:7.2f}" for v in row))
trace = sum(again["BA"][i][i] for i in range(len(again["BA"])))
print("trace(BA) =", trace, "lines in file:", len(open("mats.txt").readlines()))
with open("mats.txt", "a") as f:
    f.write("C 2x2\n1 2\n3\n")
try:
    read_matrices("mats.txt")
except ValueError as e:
    print("ValueError:", e)
