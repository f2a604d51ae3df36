# math.dist of lists and tuples: CPython's accurate norm of the differences.
import math

print(math.dist((1, 2), (4, 6)), math.dist([1.5], [0]), math.dist((), ()), math.dist([0.0, 0.0, 0.0], (1, 1, 1)))
seed = 99
total = 0
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    a = (seed % 1000) / 7.0 * 10.0 ** (seed % 13 - 6)
    seed = (seed * 1103515245 + 12345) % 2147483648
    b = (seed % 997) / 3.0
    d = math.dist((a, b, 1.0), (b, a, -2.5))
    if i < 3:
        print(d)
    total = (total * 31 + hash(d)) % 1000000007
print(total)
print(math.dist((math.inf, 0), (0, math.nan)), math.dist((1e308, 0), (-1e308, 0)))
try:
    math.dist((1, 2), (1, 2, 3))
except ValueError as e:
    print("ValueError:", e)
