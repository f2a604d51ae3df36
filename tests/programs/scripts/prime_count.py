# Counting primes with trial division in while loops; twin primes and gaps.
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 2
    return True


limit = 10
count = 0
n = 2
prev = 2
twins = 0
max_gap = 0
gap_start = 0
while limit <= 100000:
    while n < limit:
        if is_prime(n):
            count = count + 1
            if n - prev == 2:
                twins = twins + 1
            if n - prev > max_gap:
                max_gap = n - prev
                gap_start = prev
            prev = n
        n = n + 1
    print("pi(" + str(limit) + ") =", count, " twins:", twins, " max gap:", max_gap, "after", gap_start)
    limit = limit * 10
print(is_prime(2147483647), is_prime(1000000007), is_prime(999999999989), is_prime(1000003 * 1000033))
