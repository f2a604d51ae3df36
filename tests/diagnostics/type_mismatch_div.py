x = 1
x = x / 2  # error: [type-mismatch]
print(x)
