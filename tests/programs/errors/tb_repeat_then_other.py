# Recursion that fails in a different function at the bottom: the repeated lines collapse,
# then the last two frames are shown.
def down(n):
    if n == 0:
        return boom([])
    return down(n - 1)


def boom(xs):
    return xs[0]


down(40)
