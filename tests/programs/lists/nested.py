# Nested lists: building, indexing, mutation through inner references.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix, len(matrix), len(matrix[0]))
print(matrix[1][2], matrix[-1][-1], matrix[0][1:])
matrix[1][1] = 50
row = matrix[2]
row.append(10)
print(matrix)
t = []
for j in range(3):
    col = []
    for i in range(3):
        col.append(matrix[i][j])
    t.append(col)
print(t)
total = 0
for r in matrix:
    for v in r:
        total += v
print(total)
deep = [[[1], [2, 3]], [[4, 5, 6]]]
print(deep[0][1][1], deep[1][0][2], len(deep[1][0]))
deep[0][0].append(11)
print(deep)
empty_rows = [[] for _ in range(3)]
empty_rows[1].append(1)
print(empty_rows)
