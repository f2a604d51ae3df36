# An instance whose `__iter__` returns an iterator object is iterated by `for` loops and
# comprehensions; the builtins that consume an iterable, `in` and unpacking refuse it (CPython
# accepts them), and say what to write instead (a generator `__iter__` works everywhere).
class Bag:
    def __iter__(self):
        return iter([3, 1, 2])


# A class with only `__getitem__` (the old sequence protocol) is not iterated by kiln.
class Seq:
    def __getitem__(self, i: int) -> int:
        if i >= 3:
            raise IndexError(i)
        return i


print([x for x in Bag()])
print(list(Bag()))  # error: [unsupported-call]
print(sorted(Bag()), sum(Bag()))  # error: [unsupported-call]
print(2 in Bag())  # error: [unsupported-operation]
a, b, c = Bag()  # error: [unsupported-operation]
xs = [0]
xs.extend(Bag())  # error: [unsupported-call]
for y in Seq():  # error: [unsupported-iteration]
    print(y)
