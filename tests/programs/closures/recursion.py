# Nested functions that call themselves, and memo tables kept in closures.
def fib_memo(n):
    memo = {}
    def fib(k):
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        value = fib(k - 1) + fib(k - 2)
        memo[k] = value
        return value
    return fib(n)


print(fib_memo(80))


def flatten(rows):
    out = []
    def walk(row, index):
        if index == len(row):
            return
        out.append(row[index])
        walk(row, index + 1)
    for row in rows:
        walk(row, 0)
    return out


print(flatten([[1, 2], [3, 4], [5]]))


def count_paths(rows, cols):
    def paths(r, c):
        if r == rows - 1 or c == cols - 1:
            return 1
        return paths(r + 1, c) + paths(r, c + 1)
    return paths(0, 0)


print(count_paths(4, 4))


def even_odd(n):
    def is_even(k):
        return True if k == 0 else is_odd(k - 1)
    def is_odd(k):
        return False if k == 0 else is_even(k - 1)
    return is_even(n), is_odd(n)


print(even_odd(7))
