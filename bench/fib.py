# Benchmark: naive doubly recursive Fibonacci (function-call overhead).
#
# Size: fib(41) = 165580141, about 535 million calls.  Also prints a few
# small values so a wrong base case shows up immediately.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 41
print("fib(10) =", fib(10))
print("fib(20) =", fib(20))
print(f"fib({N}) =", fib(N))
