# Float floor division and modulo: sign of divisor, inexact cases, infinities.
vals = 7.5
print(vals // 2, vals % 2, -vals // 2, -vals % 2, vals // -2, vals % -2, -vals // -2, -vals % -2)
print(7.0 // 2.0, -7.0 // 2.0, 7.0 % 2.0, -7.0 % 2.0)
print(1 // 0.1, 1 % 0.1, 1.0 // 0.2, 1.0 % 0.2)
print(0.3 // 0.1, 0.3 % 0.1)
print(-1e-20 % 1.0, 1e-20 % 1.0, -1e-20 // 1.0, 1e-20 % -1.0)
print(-0.0 % 1.0, 0.0 % -1.0, -0.0 // 1.0, 0.0 // -1.0, 6.0 % 3.0, -6.0 % 3.0, 6.0 % -3.0)
inf = float("inf")
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(5.0 // inf, -5.0 // inf, 5.0 // -inf, -5.0 // -inf)
print(inf // 1.0, inf % 1.0, -inf // 3.0)
print(1e300 // 1e-300, 1e16 % 3.0, 2.0 ** 60 % 7.0)
a = -3.5
while a <= 3.5:
    print(a, a // 1.5, a % 1.5, a // -1.5, a % -1.5)
    a = a + 0.5
print(7 // 2.5, 7 % 2.5, -7 // 2.5, 7.5 // 2, -7.5 % 2)
