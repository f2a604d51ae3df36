# The cause of `raise ... from ...` must be an exception (or None): CPython's TypeError.
def fail(n):
    if n > 2:
        raise ValueError("big") from n  # error: [type-error]
    return n


print(fail(1))
