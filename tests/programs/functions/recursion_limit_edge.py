# CPython's default limit is 1000 frames including the module's own frame:
# a chain of 999 nested calls (down(998) ... down(0)) still succeeds.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(down(500))
print(down(998))
print(down(998) + down(998))
