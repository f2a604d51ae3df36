# KeyError-driven memoization and a RecursionError guard inside a recursive function
memo = {}
def fib(n):
    try:
        return memo[n]
    except KeyError:
        pass
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(300))
print(len(memo))
def ackish(m, n, depth):
    try:
        if m == 0:
            return n + 1
        if n == 0:
            return ackish(m - 1, 1, depth + 1)
        return ackish(m - 1, ackish(m, n - 1, depth + 1), depth + 1)
    except RecursionError:
        return -depth
print(ackish(2, 3, 0))
r = ackish(3, 8, 0)
print(r < 0 or r > 0)
