# Sums over range(10**6) in a loop against the formulas; the cube sum passes 2**63 on the way.
n = 10 ** 6
s1 = 0
s2 = 0
s3 = 0
crossed = -1
for i in range(n):
    s1 = s1 + i
    s2 = s2 + i * i
    s3 = s3 + i * i * i
    if crossed < 0 and s3 >= 2 ** 63:
        crossed = i
        print("cube sum passes 2**63 at i =", i, "sum =", s3)
print(s1, n * (n - 1) // 2, s1 == n * (n - 1) // 2)
print(s2, (n - 1) * n * (2 * n - 1) // 6, s2 == (n - 1) * n * (2 * n - 1) // 6)
print(s3, (n * (n - 1) // 2) ** 2, s3 == (n * (n - 1) // 2) ** 2)
# fourth powers: sum i**4 = (n-1)n(2n-1)(3(n-1)**2 + 3(n-1) - 1) / 30 for i < n
s4 = 0
for i in range(0, n, 10):
    s4 = s4 + i ** 4
print(s4, s4 % 1000000007, s4 // 10 ** 20, s4 > 2 ** 64)
# counting back down from the big total
t = s3
for i in range(n - 1, -1, -1):
    t = t - i * i * i
    if t < 2 ** 63 and t + i * i * i >= 2 ** 63:
        print("back below 2**63 at i =", i, "t =", t)
print("remainder", t)
