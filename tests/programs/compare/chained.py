# Chained comparisons: each operand evaluated at most once, evaluation stops early.
def v(name, x):
    print("eval", name)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(0 <= 0 < 1 <= 1 < 2, 5 > 4 >= 4 > 3 != 2)
print(v("a", 1) < v("b", 2) < v("c", 3))
print(v("a", 1) < v("b", 0) < v("c", 3))
print(v("a", 5) > v("b", 4) > v("c", 4) > v("d", 1))
print(v("a", 1.5) <= v("b", 1.5) == v("c", 1.5) != v("d", 2.5))
x = 5
if 0 < x < 10:
    print("x in (0, 10)")
if not (0 < x < 3):
    print("x not in (0, 3)")
if 1 < 3 > 2:
    print("1 < 3 > 2 holds")
print(1 < 2 < 3 < 4 < 5 < 6 < 7 < 8, 1 < 2 < 3 < 4 < 5 < 6 < 7 < 7)
print("a" < "b" < "c", "b" < "a" < "c")
y = 0
while 0 <= y < 4:
    y = y + 1
print(y)
