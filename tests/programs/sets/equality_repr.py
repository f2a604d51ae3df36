# Set equality, repr, str.
a = {1, 2, 3}
print(str(a), repr(a), f"{a}")
print(set() == set(), {1.0} == {1.0}, frozenset([1, 2]) == frozenset([2, 1]))
print({"q"}, {0.5, 0.25})
print(str(set()), str(frozenset()))
print([{1, 2}, {3}])
