# index, count, copy, clear, reverse.
a = [5, 3, 5, 7, 5, 9, 3]
print(a.index(5), a.index(3), a.index(9), a.index(7))
print(a.count(5), a.count(3), a.count(42))
b = a.copy()
b.append(1)
print(a, b, len(a), len(b))
b.reverse()
print(b)
b.clear()
print(b, len(b), a)
s = ["x", "y", "x", "z"]
print(s.count("x"), s.index("z"), s.index("y"))
s.reverse()
print(s)
fl = [1.5, 2.0, 1.5]
print(fl.count(1.5), fl.index(2.0), fl.count(2.5))
e = []
e.reverse()
print(e, e.count(0))
