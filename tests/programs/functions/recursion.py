# Classic recursive functions: fib, factorial, gcd, ackermann, power, hanoi.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def power(b, e):
    if e == 0:
        return 1.0
    half = power(b, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * b


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n >= 3:
        print("move disk", n, "from", src, "to", dst)
    return moves + 1 + hanoi(n - 1, via, dst, src)


for i in range(0, 21, 4):
    print("fib", i, fib(i))
print("fact", fact(20), fact(0), fact(1))
print("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18), gcd(12, -18))
print("ack", ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
print("power", power(2.0, 10), power(1.5, 7), power(10.0, 22), power(0.5, 3))
print("hanoi moves", hanoi(4, "A", "C", "B"))
