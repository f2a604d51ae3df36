# Text art (variant of pyramid.py with descending ranges instead of reversed(range(...))).


def pyramid(n: int, ch: str = "*") -> list[str]:
    return [(ch * (2 * i + 1)).center(2 * n - 1).rstrip() for i in range(n)]


def diamond(n: int) -> list[str]:
    top = pyramid(n, "#")
    return top + [top[i] for i in range(n - 2, -1, -1)]


def number_triangle(n: int) -> list[str]:
    rows = []
    for i in range(1, n + 1):
        left = "".join(str(k % 10) for k in range(1, i + 1))
        right = "".join(str(k % 10) for k in range(i - 1, 0, -1))
        rows.append((left + right).center(2 * n - 1).rstrip())
    return rows


for line in pyramid(4):
    print(line)
print()
for line in diamond(5):
    print(line)
print()
for line in number_triangle(6):
    print(line)
print()
for n in range(3, 0, -1):
    word = "bottle" if n == 1 else "bottles"
    print(f"{n} {word} of juice on the wall, take one down...")
print("no more bottles!")
print(list(range(16, -1, -4)), [c for c in "kiln"[::-1]])
