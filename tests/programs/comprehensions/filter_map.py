# Comprehensions calling named functions.
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def collatz(n):
    return n // 2 if n % 2 == 0 else 3 * n + 1


print([n for n in range(50) if is_prime(n)])
print([collatz(n) for n in range(1, 11)])
print({n: collatz(n) for n in range(1, 6)})
print(len([n for n in range(1000) if is_prime(n)]))
print(sorted([collatz(n) for n in range(1, 20)])[-1])
