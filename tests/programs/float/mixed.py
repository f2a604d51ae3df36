# Mixed int/float arithmetic: the int operand is converted to float.
i = 3
f = 0.5
print(i + f, i - f, i * f, i / f, i // f, i % f, i ** f)
print(f + i, f - i, f * i, f / i, f // i, f % i, f ** i)
print(1 + 2.0, 10 - 0.5, 2 * 3.5, 7 / 2.0, 2 ** 0.5, 4 ** 0.5, 2 ** -1.0)
print(9007199254740993 + 0.0, 9007199254740993 * 1.0, 9007199254740993 - 1.0)
print(10 ** 18 + 0.5, 10 ** 18 * 1.5)
print(-7 // 2.0, -7 % 2.0, 7 % -2.0)
total = 0.0
for k in range(1, 11):
    total = total + k / 2
    total = total * 1
print(total)
avg = 0.0
n = 0
for k in range(1, 101):
    avg = avg + k
    n = n + 1
print(avg / n, avg / 100, avg)
celsius = -40
while celsius <= 100:
    print(celsius, celsius * 9 / 5 + 32)
    celsius = celsius + 35
print(1 + 1e-16, 1 + 1e-15, 0 + -0.0, 0 * -1.0, -0.0 + 0)
