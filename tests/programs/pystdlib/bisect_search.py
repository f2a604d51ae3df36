import bisect
from bisect import bisect_left, bisect_right, insort_left

grades = [60, 70, 80, 90]


def grade(score):
    return "FDCBA"[bisect.bisect(grades, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
xs = [1, 2, 2, 2, 3]
print(bisect_left(xs, 2), bisect_right(xs, 2), bisect_left(xs, 0), bisect_right(xs, 9))
print(bisect_left(xs, 2, 2), bisect_right(xs, 2, 0, 2))
names = []
for name in ["kiwi", "apple", "mango", "banana"]:
    insort_left(names, name)
print(names)
records = [(1, "a"), (4, "d"), (9, "i")]
print(bisect.bisect_left(records, 5, key=lambda r: r[0]))
bisect.insort_right(records, (5, "e"), key=lambda r: r[0])
print(records)
try:
    bisect_left(xs, 1, -1)
except ValueError as e:
    print("ValueError:", e)
