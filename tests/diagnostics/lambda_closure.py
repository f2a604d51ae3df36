# A lambda may not read a local variable of the enclosing function yet (no closures).
def pick(rows, column):
    return sorted(rows, key=lambda row: row[column])  # error: [unsupported-closure]


print(pick([[2, 1], [1, 2]], 0))
