# Tuple repetition by a literal count: each result has its own tuple type.
t = (1, "a")
print(t * 2, 3 * t, t * 0, t * -1, (1,) * 5, () * 3)
pair = (0.5, None) * 2
print(pair, len(pair), pair[2])
row = ("-",) * 4
print("".join(row), row.count("-"))
a, b, c = (7,) * 3
print(a + b + c)
print((1, 2) * 1 == (1, 2), (True,) * 2)
