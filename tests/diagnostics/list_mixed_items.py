xs = [1, 2]
ys = [1, "a"]  # error: [type-mismatch]
print(xs)
