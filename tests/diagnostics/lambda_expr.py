def apply(x):
    return x + 1
double = lambda x: x * 2  # error: [unsupported-lambda]
print(apply(3))
