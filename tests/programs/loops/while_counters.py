# while loops with several counters and compound conditions.
a = 0
b = 100
steps = 0
while a < b and steps < 1000:
    a = a + 7
    b = b - 3
    steps = steps + 1
print(a, b, steps)
n = 1
digits = 0
while n <= 1000000:
    n = n * 3
    digits = digits + 1
print(n, digits)
x = 1.0
iters = 0
while x > 1e-10:
    x = x / 3.0
    iters = iters + 1
print(iters, x)
i = 10
while i:
    i = i - 1
print(i)
p = 0
q = 0
while p < 5:
    q = 0
    while q < p:
        q = q + 1
    p = p + 1
print(p, q)
