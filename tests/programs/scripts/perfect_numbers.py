# Perfect, abundant and deficient numbers via divisor sums; amicable pairs.
def divisor_sum(n):
    if n == 1:
        return 0
    s = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            s = s + d
            if d * d != n:
                s = s + n // d
        d = d + 1
    return s


perfect = ""
abundant = 0
deficient = 0
for n in range(1, 10001):
    s = divisor_sum(n)
    if s == n:
        perfect = perfect + str(n) + " "
    elif s > n:
        abundant = abundant + 1
    else:
        deficient = deficient + 1
print("perfect:", perfect)
print("abundant:", abundant, "deficient:", deficient)
for a in range(2, 10000):
    b = divisor_sum(a)
    if b > a and divisor_sum(b) == a:
        print("amicable:", a, b)
