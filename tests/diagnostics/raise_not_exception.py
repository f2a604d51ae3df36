# Raising a value that is not an exception is CPython's TypeError.
def fail(n):
    if n > 2:
        raise n  # error: [type-error]
    return n


print(fail(1))
