# Nested range loops printing an aligned multiplication table.
def pad(s, width):
    while len(s) < width:
        s = " " + s
    return s


header = "   |"
for j in range(1, 10):
    header = header + pad(str(j), 4)
print(header)
print("-" * len(header))
for i in range(1, 10):
    row = pad(str(i), 2) + " |"
    for j in range(1, 10):
        row = row + pad(str(i * j), 4)
    print(row)
total = 0
for i in range(1, 10):
    for j in range(1, 10):
        total += i * j
print("sum", total)
