# Digit sums, digital roots, reversals, palindromes and Armstrong numbers.
def digit_sum(n):
    s = 0
    while n > 0:
        s = s + n % 10
        n = n // 10
    return s


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n = n // 10
    return r


def num_digits(n):
    return len(str(n))


def is_armstrong(n):
    k = num_digits(n)
    s = 0
    m = n
    while m > 0:
        s = s + (m % 10) ** k
        m = m // 10
    return s == n


print(digit_sum(9223372036854775807), digital_root(9223372036854775807), reverse(123456789))
line = ""
for n in range(1, 100000):
    if is_armstrong(n):
        line = line + str(n) + " "
print("armstrong:", line)
pal = 0
for n in range(1, 10000):
    if reverse(n) == n:
        pal = pal + 1
print("palindromes below 10000:", pal)
n = 196
steps = 0
while reverse(n) != n and steps < 10:
    n = n + reverse(n)
    steps = steps + 1
print("196 after", steps, "reverse-and-add steps:", n)
total = 0
for n in range(1, 1001):
    total = total + digit_sum(2 ** (n % 60))
print("sum of digit sums:", total)
