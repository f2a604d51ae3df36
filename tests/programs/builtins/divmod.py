print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2))
print(divmod(10**30 + 7, 10**10))
total = 3725
h, rest = divmod(total, 3600)
m, s = divmod(rest, 60)
print(f"{h}:{m:02d}:{s:02d}")
q, r = divmod(2.0, 0.3)
print(q, r)
for a, b in [(1, 0), (-3, 0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for x, y in [(1.5, 0.0), (2.0, -0.0)]:
    try:
        print(divmod(x, y))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print(divmod(2, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
