# Nested comprehensions: two for clauses, and a comprehension inside one.
print([(i, j) for i in range(3) for j in range(i)])
print([i * j for i in range(1, 4) for j in range(1, 4) if i != j])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 == 1])
print([[c for c in w] for w in ["ab", "cde"]])
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
