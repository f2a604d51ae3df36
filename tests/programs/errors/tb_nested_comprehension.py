# Nested comprehensions: one frame per comprehension, innermost last.
rows = [[1, 2], [3, 0]]
table = {
    i: [12 // v for v in row]
    for i, row in enumerate(rows)
}
print(table)
