# Unpacking in a for loop with a ragged element raises ValueError.
rows = [[1, 2], [3, 4], [5]]
for a, b in rows:
    print(a + b)
