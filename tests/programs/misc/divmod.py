import math
vals = [7, -7, 0, 1, -1, 13, 10**20, -10**20, 2**63, -2**63, 3]
for a in vals:
    row = []
    for b in [3, -3, 7, -1, 10**19, -2**64]:
        row.append(divmod(a, b))
    print(a, row)
fl = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3.0, 2.5]
for af in fl:
    print(af, divmod(af, 2.0), divmod(af, -2.0), divmod(af, 0.3), divmod(af, 1e308))
print(divmod(7, 2.5), divmod(-7, 2.5), divmod(7.0, 2), divmod(True, 2), divmod(5, True))
print(divmod(math.inf, 2.0), divmod(-math.inf, 3.0), divmod(5.0, math.inf), divmod(-5.0, math.inf))
print(divmod(5.0, -math.inf), divmod(math.nan, 1.0), divmod(0.0, -1.0), divmod(-0.0, 1.0))
q, r = divmod(12345678901234567890, 987654321)
print(q, r, q * 987654321 + r)
def hms(seconds):
    m, s = divmod(seconds, 60)
    h, m = divmod(m, 60)
    d, h = divmod(h, 24)
    return f"{d}d {h:02d}:{m:02d}:{s:02d}"
for secs in [0, 59, 60, 3599, 3600, 86399, 86400, 1000000, 987654321]:
    print(hms(secs))
def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1]
print(digits(9876543210123456789012345))
def tries(k):
    try:
        if k == 0:
            print(divmod(1, 0))
        elif k == 1:
            print(divmod(1.0, 0.0))
        elif k == 2:
            print(divmod(1, 0.0))
        elif k == 3:
            print(divmod(10**30, 0))
        else:
            print(divmod(0.0, 0))
    except ZeroDivisionError as e:
        print("ZDE", e)
for k in range(5):
    tries(k)
print(divmod(-1, 0))
