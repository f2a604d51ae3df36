# round(): ties go to even; round(x) gives int, round(x, n) gives float.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.49999999999999994), round(2.675), round(-0.4), round(1e15 + 0.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.5, 0))
print(round(-0.4, 0), round(-0.5, 0), round(0.5, 0), round(1.5, 0))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1 / 3, 4), round(2 / 3, 10), round(3.14159, 3), round(-3.14159, 1))
print(round(1.5, 400), round(1.5, -400), round(123.456, 1), round(0.1 + 0.2, 15))
print(round(float("inf"), 2), round(float("nan"), 2), round(float("-inf"), -1))
x = 0.05
while x < 1.0:
    print(x, round(x, 1), round(x * 10))
    x = x + 0.1
print(round(5e-324, 300), round(1e300, 2), round(2.5e-10, 10))
