# return from inside nested loops and conditionals.
def first_square_over(limit):
    i = 0
    while i * i <= limit:
        i = i + 1
    return i


def find_pair(target):
    for a in range(1, 50):
        for b in range(a, 50):
            if a * a + b * b == target:
                return a * 100 + b
    return -1


def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def describe(n):
    if n < 0:
        return "negative"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    if n < 2:
        return "unit"
    return "prime"


print(first_square_over(50), first_square_over(0), first_square_over(1000000))
print(find_pair(25), find_pair(50), find_pair(3), find_pair(2500))
print(sign(-4), sign(0), sign(9), sign(-0))
for n in range(-1, 12):
    print(n, describe(n))
