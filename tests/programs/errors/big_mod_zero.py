# Modulo of a negative big number by zero (CPython's message differs from //).
n = -(2 ** 70) - 1
for m in range(3, -1, -1):
    print(n, "%", m, "=", n % m)
print("not reached")
