# Default values are evaluated once, when the def statement runs.
LIMIT = 5


def clamp(x, hi=LIMIT):
    if x > hi:
        return hi
    return x


print(clamp(3), clamp(10))
LIMIT = 100
print(clamp(10), clamp(500), LIMIT)


def noisy(tag):
    print("evaluating default", tag)
    return tag * 10


def uses(a, b=noisy(1), c=noisy(2)):
    return a + b + c


print("defined")
print(uses(0))
print(uses(0, 5))
print(uses(0, c=7))
