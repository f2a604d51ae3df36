# ZeroDivisionError raised inside a key= lambda while sorting.
rows = [("a", 4, 2), ("b", 9, 3), ("c", 5, 5), ("d", 1, 0), ("e", 8, 4)]
ratio = lambda r: r[1] / r[2] if r[2] else 0.0
print(sorted(rows, key=ratio))
print(max(rows, key=lambda r: r[1]), min(rows, key=lambda r: r[2]))
for r in rows:
    print(r[0], r[1:], ratio(r))
safe = list(filter(lambda r: r[2] != 0, rows))
print(sorted(safe, key=lambda r: r[1] // r[2], reverse=True))
print(sorted(rows, key=lambda r: r[1] // r[2]))
print("unreachable")
