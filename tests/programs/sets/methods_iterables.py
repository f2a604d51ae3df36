# set methods with several arguments and with any iterable, as CPython accepts them.
s = {1, 2}
s.update([3, 4], {5}, range(6, 8))
print(s)
print(s.union([10], (11, 12)), s.intersection([1, 2, 3], {2, 3}), s.difference([1], {2}), s.union())
f = frozenset([1, 2, 3])
print(f.union([4]), f.issubset([1, 2, 3, 4]), f.issuperset((1,)), f.isdisjoint([9]), f.symmetric_difference([3, 4]))
t = {"a"}
t.update("bc")
print(sorted(t), t.intersection("ab"))
s.update()
print(len(s))
