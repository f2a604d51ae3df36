# Factorials up to 300! computed in a loop: values, digit counts, trailing zeros.
def trailing_zeros(n):
    z = 0
    while n % 10 == 0:
        n = n // 10
        z = z + 1
    return z


def legendre5(n):
    # number of factors 5 in n!, which equals the trailing zeros of n!
    count = 0
    p = 5
    while p <= n:
        count = count + n // p
        p = p * 5
    return count


f = 1
for n in range(1, 301):
    f = f * n
    if n <= 30 or n % 25 == 0:
        print(n, len(str(f)), trailing_zeros(f), legendre5(n))
    if n == 20 or n == 21 or n == 100 or n == 170 or n == 300:
        print(f"{n}! =", f)
# dividing back down returns exactly to 1
g = f
for n in range(300, 0, -1):
    g = g // n
print("back to", g, g == 1)
# n! / (n-1)! == n for big neighbours
a = 1
for n in range(1, 200):
    a = a * n
b = a * 200
print(b // a, b % a, a % 199, a % 211, b // a == 200)
print(f == f * 1, f - f, f // f, f % 301, f % 307)
