# One frame more than functions/recursion_limit_edge.py: 1000 nested calls fail.
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)


print(down(998))
print(down(999))
