# Comparisons, chained comparisons, min/max/abs among big and small ints.
a = 2 ** 64
b = -(2 ** 64)
c = 2 ** 63 - 1
d = -(2 ** 63)
e = 10 ** 30
print(a > c, b < d, c < a, d > b, a == 2 ** 64, a != a + 1, e > a > c > 0 > d > b, a >= a, b <= b)
print(a == -b, a + b == 0, c + 1 == -d, c + 1 == a // 2, e < e + 1, -e > -e - 1, e // e == 1)
print(max(a, c), min(a, c), max(b, d), min(b, d), max(a, b, c, d, e), min(a, b, c, d, e))
print(abs(b), abs(d), abs(-e), abs(c), abs(0 * b), max(-e, 0), min(e, 0), max(3, a) - a, min(-3, b) - b)
print(max(a, a), min(e, e + 0), max(a, a - 1) == a, min(b, b + 1) == b)
vals = 0
best = -(10 ** 100)
worst = 10 ** 100
x = 12345
for i in range(40):
    x = x * 6364136223846793005 + 1442695040888963407
    x = x % (2 ** 80)
    v = x - 2 ** 79
    best = max(best, v)
    worst = min(worst, v)
    if v > 0:
        vals = vals + 1
print(best, worst, vals, best > worst, best - worst < 2 ** 80)
# sorting three big values without containers
p = 3 ** 50
q = 2 ** 79
r = 5 ** 34
lo = min(p, q, r)
hi = max(p, q, r)
mid = p + q + r - lo - hi
print(lo, mid, hi, lo < mid < hi, lo == r, hi == q)
print(p > q, p < r, q == r, p != q, p >= 3 ** 50, q <= 2 ** 79 - 1, 2 ** 79 - 1 < q <= 2 ** 79)
print(not a, not (a - a), bool(b), bool(a - 2 ** 64), a and b, 0 or e, (a - a) or d)
