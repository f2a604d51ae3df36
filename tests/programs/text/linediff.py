# Line-based diff using an LCS table, printed in unified-ish style.
OLD = """def greet(name):
    print("Hello", name)

def main():
    greet("world")
    greet("kiln")
    return 0
""".splitlines()
NEW = """def greet(name, punct="!"):
    print("Hello", name + punct)

def main():
    greet("world")
    greet("python")
    greet("kiln")
    return 1
""".splitlines()


def lcs_table(a: list[str], b: list[str]) -> list[list[int]]:
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a: list[str], b: list[str]) -> list[tuple[str, str]]:
    t = lcs_table(a, b)
    i = j = 0
    out: list[tuple[str, str]] = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append((" ", a[i]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            out.append(("-", a[i]))
            i += 1
        else:
            out.append(("+", b[j]))
            j += 1
    out.extend(("-", x) for x in a[i:])
    out.extend(("+", x) for x in b[j:])
    return out


d = diff(OLD, NEW)
print("--- old")
print("+++ new")
for tag, line in d:
    print(f"{tag}{line}")
adds = sum(1 for t, _ in d if t == "+")
dels = sum(1 for t, _ in d if t == "-")
print(f"{adds} insertions(+), {dels} deletions(-), lcs={lcs_table(OLD, NEW)[0][0]}")
print(diff(list("kitten"), list("sitting")))
print(diff([], ["x"]), diff(["y"], []))
