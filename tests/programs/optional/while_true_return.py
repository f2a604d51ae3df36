def first_square_above(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1


def collatz_steps(n):
    steps = 0
    while 1:
        if n == 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1


print(first_square_above(50), first_square_above(0))
print(collatz_steps(27), collatz_steps(1))
