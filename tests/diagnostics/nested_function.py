def outer(x):
    def inner(y):  # error: [unsupported-nested-function]
        return y * 2
    return inner(x)
print(outer(3))
