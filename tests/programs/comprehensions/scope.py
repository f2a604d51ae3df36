# The loop variable of a comprehension does not leak; outer names are visible.
x = 100
squares = [x * x for x in range(4)]
print(squares, x)
factor = 3
print([factor * i for i in range(4)])


def scaled(xs, k):
    return [k * v for v in xs]


print(scaled([1, 2, 3], 10))
n = 5
print([[n * r + c for c in range(2)] for r in range(2)])
