# The first iterable of a comprehension is evaluated in the enclosing frame (no <setcomp>).
def source(n):
    return list(range(10 // n))


print({x * 2 for x in source(5)})
print({x * 2 for x in source(0)})
