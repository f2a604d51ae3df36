# Deterministic Miller-Rabin with fixed bases on big numbers, written with a manual
# square-and-multiply that is checked against pow(a, d, n).
def powmod(b, e, m):
    result = 1
    b = b % m
    while e > 0:
        if e & 1:
            result = result * b % m
        e = e >> 1
        b = b * b % m
    return result


def is_probable_prime(n):
    if n < 2:
        return False
    small = 2
    while small < 50:
        if n % small == 0:
            return n == small
        small = small + 1
    d = n - 1
    s = 0
    while d % 2 == 0:
        d = d // 2
        s = s + 1
    for a in range(2, 60):
        x = powmod(a, d, n)
        if x != pow(a, d, n):
            print("powmod disagrees with pow for", a, d, n)
        if x != 1 and x != n - 1:
            composite = True
            r = 1
            while r < s:
                x = x * x % n
                if x == n - 1:
                    composite = False
                    r = s
                r = r + 1
            if composite:
                return False
    return True


print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(2 ** 89 - 1),
      is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 40 + 121))
print(is_probable_prime(3215031751), is_probable_prime(3825123056546413051), is_probable_prime(318665857834031151167461))
print(is_probable_prime(2 ** 64 + 13), is_probable_prime(2 ** 64 + 1), is_probable_prime(561 * 2 ** 70 + 1))
# primes just above powers of ten
for k in range(15, 45, 3):
    n = 10 ** k + 1
    while not is_probable_prime(n):
        n = n + 2
    print("first prime above 10**" + str(k) + ": 10**" + str(k) + " +", n - 10 ** k)
count = 0
for delta in range(-200, 200):
    n = 2 ** 64 + delta
    if is_probable_prime(n):
        count = count + 1
        print("prime near 2**64:", n, n - 2 ** 64)
print("count:", count)
