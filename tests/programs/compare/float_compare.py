# Float comparisons: signed zero, tiny differences, infinities, nan.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75)
print(-0.0 == 0.0, -0.0 < 0.0, -0.0 <= 0.0, 0.0 >= -0.0)
print(5e-324 > 0.0, -5e-324 < 0.0, 5e-324 / 2 == 0.0)
print(1e308 < 1e308 * 10, -1e308 * 10 < -1e308)
nan = float("nan")
print(nan < nan, nan <= nan, nan == nan, nan != nan, nan > nan, nan >= nan)
print(1.0 < nan, 1.0 <= nan, 1.0 == nan, 1.0 != nan, 1.0 > nan, 1.0 >= nan)
a = 1.0
b = a + 1e-15
print(a == b, a < b, b - a)
x = 0.0
count = 0
while x != 1.0 and count < 20:
    x = x + 0.125
    count = count + 1
print(count, x)
y = 0.0
count = 0
while y != 1.0 and count < 20:
    y = y + 0.1
    count = count + 1
print(count, y)
