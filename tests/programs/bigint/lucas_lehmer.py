# Lucas-Lehmer test: which Mersenne numbers 2**p - 1 with prime p <= 607 are prime.
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 1
    return True


def lucas_lehmer(p):
    if p == 2:
        return True
    m = (1 << p) - 1
    s = 4
    for i in range(p - 2):
        s = (s * s - 2) % m
    return s == 0


def residue(p):
    m = (1 << p) - 1
    s = 4
    for i in range(p - 2):
        s = (s * s - 2) % m
    return s


found = 0
tested = 0
for p in range(2, 608):
    if is_prime(p):
        tested = tested + 1
        if lucas_lehmer(p):
            found = found + 1
            m = 2 ** p - 1
            digits = len(str(m))
            if digits <= 40:
                print("M" + str(p), "is prime:", m)
            else:
                print("M" + str(p), "is prime:", digits, "digits, ends in", m % 10 ** 12)
print(found, "Mersenne primes among", tested, "prime exponents up to 607")
print("residue for p=11:", residue(11), "p=23:", residue(23), "p=67:", residue(67))
print("M67 =", 2 ** 67 - 1, "= 193707721 * 761838257287:", 193707721 * 761838257287 == 2 ** 67 - 1)
print("perfect number from M127:", 2 ** 126 * (2 ** 127 - 1))
