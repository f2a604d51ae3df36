# uncaught IndexError at the bottom of a 30-deep recursion: "[Previous line repeated]" collapse
def walk(n):
    if n == 0:
        return [1][n + 3]
    return walk(n - 1)
walk(30)
