# An except clause must name builtin exception classes (kiln has no classes of its own yet).
def check(x):
    return x > 0


try:
    print(1 // 0)
except check:  # error: [unsupported-except]
    print("caught")
