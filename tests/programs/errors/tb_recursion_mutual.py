# Mutual recursion past the limit: CPython collapses only identical consecutive lines.
def even(n):
    if n == 0:
        return True
    return odd(n - 1)


def odd(n):
    if n == 0:
        return False
    return even(n - 1)


print(even(10))
print(even(5000))
