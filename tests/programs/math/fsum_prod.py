# math.fsum (correctly rounded) and math.prod, over lists and generator expressions.
import math
from math import fsum, prod

print(fsum([0.1] * 10), sum([0.1] * 10))
print(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(fsum([1, 2, 3]), fsum([]), fsum([True, False]), fsum(x / 7 for x in range(100)))
print(fsum([1e308, 1e308, -1e308]) if False else "skip")
print(fsum([math.inf, 1.0]), fsum([math.nan, 1.0]), fsum([-math.inf, -1.0]))
seed = 7
vals = []
for i in range(2000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append((seed / 2147483648 - 0.5) * 10.0 ** (seed % 40 - 20))
print(fsum(vals), sum(vals))
print(prod([1, 2, 3, 4]), prod([]), prod([2.5, 4.0]), prod(range(1, 30)) if False else prod([x for x in range(1, 30)]))
print(math.prod(i * i for i in range(1, 10)), math.prod([True, True]), math.prod([1.5]))
for bad in [[1e308, 1e308], [math.inf, -math.inf]]:
    try:
        print(fsum(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
