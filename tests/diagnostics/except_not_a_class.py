# An except clause must name exception classes: a function is none.
def check(x):
    return x > 0


try:
    print(1 // 0)
except check:  # error: [unsupported-except]
    print("caught")
