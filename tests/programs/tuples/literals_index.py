# Tuple literals, indexing, len, slicing.
t = (10, 20, 30, 40, 50)
print(t, len(t), t[0], t[-1], t[2], t[-3])
one = (5,)
print(one, len(one), one[0])
empty = ()
print(empty, len(empty))
bare = 1, 2, 3
print(bare)
mixed = (1, "a", 2.5, True)
print(mixed, mixed[1], mixed[2] * 2)
names = ("x", "y", "z")
for i in range(len(names)):
    print(i, names[i], names[-i - 1])
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0], len(nested[1]))
print(t + (60, 70), one + one, () + (1,))
