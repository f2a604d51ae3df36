# Mixed int/float arithmetic with big ints: the int is converted to float (correctly rounded).
big = 2 ** 64
print(big + 0.5, big - 0.5, big * 0.5, big / 2, big / 3, big // 2.5, big % 2.5, 0.5 + big)
print(2 ** 53 + 1 + 0.0, 2 ** 53 + 1.0, float(2 ** 53 + 1) + 1, (2 ** 53 + 1) * 1.0, 2 ** 53 + 3 - 0.0)
print(10 ** 20 * 1.5, 10 ** 20 / 7, -(10 ** 20) / 7, 10 ** 20 // 7.0, -(10 ** 20) // 7.0, -(10 ** 20) % 7.0)
print(2 ** 1023 * 2.0, -(2 ** 1023) * 2.0, 2 ** 1023 / 0.5, 2 ** 1000 * 1e-300, 10 ** 300 * 1e-300)
print((2 ** 64) ** 0.5, (3 ** 100) ** 0.5, 2.0 ** 64 == 2 ** 64, (10 ** 30) ** 0.1)
# true division of two ints is correctly rounded even when both are huge
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 10 ** 400 / (3 * 10 ** 399), 1 / 10 ** 400)
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 1, (2 ** 64 + 1) / 2 ** 11, (2 ** 200 + 1) / 2 ** 100)
print(2 ** 1074 // 2 ** 1074, 1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1075, -1 / 2 ** 1076)
print((10 ** 17 + 1) / 3, (10 ** 17 + 2) / 3, 123456789012345678901 / 1000, -(2 ** 63) / -1)
print(2 ** 1030 / 2 ** 10, (2 ** 1024 - 1) / 2, 10 ** 330 / 10 ** 22, (7 ** 400) / (7 ** 398))
# accumulate floats from big ints
acc = 0.0
x = 1
for i in range(100):
    x = x * 3
    acc = acc + x / (x + 1)
print(acc, x / 3 ** 99, x / 2 ** 158)
f = 0.0
n = 10 ** 18
for i in range(10):
    n = n * 10
    f = n * 1.0
    print(i, n, f, n / 10 ** 18, n == f, n + 0.1 == f, f - n)
