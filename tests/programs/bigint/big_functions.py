# Big ints through functions: parameters, defaults, keywords, recursion, globals.
LIMIT = 2 ** 64
count = 0


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def scale(x, factor=10 ** 20, offset=-(2 ** 70)):
    return x * factor + offset


def bump():
    global count, LIMIT
    count = count + 1
    LIMIT = LIMIT * 2
    return LIMIT


def power_sum(base, n):
    if n == 0:
        return 1
    return base ** n + power_sum(base, n - 1)


def collatz_peak(n, peak=0):
    if n == 1:
        return peak
    if n % 2 == 0:
        return collatz_peak(n // 2, max(peak, n))
    return collatz_peak(3 * n + 1, max(peak, n))


print(fact(25), fact(100) // fact(98), fact(200) % (10 ** 9 + 7), len(str(fact(450))))
print(scale(3), scale(3, 1), scale(3, offset=0), scale(x=-1, factor=2 ** 64, offset=1), scale(0))
for i in range(5):
    print(i, bump(), count)
print(LIMIT, LIMIT == 2 ** 69, count)
print(power_sum(2, 100) == 2 ** 101 - 1, power_sum(3, 60), power_sum(-10, 25))
print(collatz_peak(2 ** 80 + 1), collatz_peak(27), collatz_peak(9223372036854775807))
