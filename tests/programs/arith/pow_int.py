# int ** non-negative int stays an int; precedence and associativity of **.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 100, (-1) ** 99, (-1) ** 100)
print(2 ** 62, (-2) ** 61, (-2) ** 62)
print(3 ** 39, 7 ** 22, 10 ** 18)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-3 ** 3, (-3) ** 3)
base = 3
e = 0
while e <= 12:
    print(e, base ** e, (-base) ** e)
    e += 1


def ipow(b, n):
    result = 1
    while n > 0:
        if n % 2 == 1:
            result = result * b
        n = n // 2
        if n > 0:
            b = b * b
    return result


print(ipow(5, 20) == 5 ** 20, ipow(5, 20))
