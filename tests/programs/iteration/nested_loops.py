# Nested iteration with break/continue/else over containers.
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for row in grid:
    for v in row:
        if v == 5:
            print("found 5")
            break
    else:
        print("no 5 in", row)
pairs = []
for a in (1, 2, 3):
    for b in "xyz":
        if b == "y":
            continue
        pairs.append((a, b))
print(pairs)
table = {"x": [1, 2], "y": [], "z": [3]}
for k, vs in table.items():
    for v in vs:
        print(k, v)
    if not vs:
        print(k, "empty")
