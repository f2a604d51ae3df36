# Benchmark: composite Simpson's rule (float arithmetic and function calls).
#
# Size: three integrals over [0, 1] with 10,000,000 intervals each (about 30
# million function evaluations; the exp integrand sums a 16-term series).
# Prints the float results; the C version formats them like Python's repr.

N = 10000000


def f(which, x):
    if which == 0:
        return 4.0 / (1.0 + x * x)
    if which == 1:
        return x * x * x - 2.0 * x + 1.0
    term = 1.0
    total = 1.0
    for k in range(1, 16):
        term = term * x / k
        total = total + term
    return total


def simpson(which, a, b, n):
    h = (b - a) / n
    total = f(which, a) + f(which, b)
    for i in range(1, n):
        x = a + i * h
        if i % 2 == 1:
            total = total + 4.0 * f(which, x)
        else:
            total = total + 2.0 * f(which, x)
    return total * h / 3.0


pi = simpson(0, 0.0, 1.0, N)
poly = simpson(1, 0.0, 1.0, N)
e1 = simpson(2, 0.0, 1.0, N)
print("pi:", pi)
print("poly:", poly)
print("e - 1:", e1)
print("sum:", pi + poly + e1)
