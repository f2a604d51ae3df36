# int, negative int, big int and bool/int keys; hash equality of 1 and True.
d = {}
for i in range(-3, 4):
    d[i] = i * 10
print(d)
print(d[-3], d[0], d[3])
big = {2 ** 64: "a", 2 ** 64 + 1: "b", -(2 ** 70): "c"}
print(big[2 ** 64], big[18446744073709551617], big)
memo = {0: 0, 1: 1}


def fib(n):
    if n in memo:
        return memo[n]
    r = fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r


print(fib(90), len(memo))
f = {0.5: "half", 0.25: "quarter"}
print(f[0.5], 0.25 in f, 1.0 in f)
