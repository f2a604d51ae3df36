# map and filter with lambdas and named functions, consumed by loops and builtins.
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True


def celsius(f):
    return round((f - 32) * 5 / 9, 1)


nums = list(range(1, 31))
primes = list(filter(is_prime, nums))
print(primes, len(primes))
print(sum(map(lambda p: p * p, primes)), max(map(lambda p: p % 7, primes)), min(filter(lambda n: n > 20, primes)))
small = list(filter(is_prime, [11, 4, 7, 9]))
print(small, sorted(map(lambda p: -p, small)))
print(any(map(lambda n: n > 29, primes)), all(map(lambda n: n % 2 == 1, primes)), all(filter(is_prime, nums)))
print(set(map(lambda n: n % 4, primes)), list(map(celsius, [32.0, 212.0, 98.6, -40.0])))
print(dict(map(lambda n: (n, is_prime(n)), [1, 2, 3, 4])))
print(",".join(map(str, primes[:5])), " ".join(filter(lambda w: len(w) > 2, ["a", "the", "cat", "is", "fat"])))
print("".join(map(lambda c: c.upper() if c in "aeiou" else c, "functional")))
print(list(map(lambda a, b: a * b, [1, 2, 3, 4], [10, 20, 30])), list(map(max, [1, 9, 3], [4, 2, 6])))
print(list(filter(None, [0, 3, 0, 5])), list(filter(None, ["", "x", ""])), list(filter(lambda t: t[1], [(1, True), (2, False)])))
count = 0
for sq in map(lambda x: x * x, nums):
    if sq > 200:
        print("first square over 200:", sq)
        break
    count += 1
print("squares below:", count)
for n in filter(lambda n: n % 6 == 0, nums):
    print("multiple of six:", n, celsius(n))
for a, b in map(lambda n: (n, n * n), [1, 2, 3]):
    print(a, "squared is", b)
text = ["  alpha ", "beta", "   ", "gamma  "]
stripped = list(map(lambda s: s.strip(), text))
cleaned = list(filter(lambda s: s != "", stripped))
print(cleaned, list(map(len, cleaned)))
