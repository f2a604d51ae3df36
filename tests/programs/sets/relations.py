# issubset/issuperset/isdisjoint and comparison operators.
a = {1, 2}
b = {1, 2, 3}
c = {7, 8}
print(a.issubset(b), b.issubset(a), a.issuperset(b), b.issuperset(a))
print(a.isdisjoint(c), a.isdisjoint(b), set().issubset(a), a.issubset(a))
print(a <= b, a < b, b < b, b <= b, b > a, b >= a, a > a)
print(a < c, a > c, a == {2, 1})
print(a.issubset({1, 2, 5}), b.issuperset(set(range(2))))
