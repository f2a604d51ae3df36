# union/intersection/difference/symmetric_difference methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a))
print(a.symmetric_difference(b), b.symmetric_difference(a))
print(a.union({8, 9}), a.intersection(set(range(3))), a.difference({1, 2}))
print(a, b)
print(a.union(b).union({100}))
print(a.intersection(b).difference({4}))
