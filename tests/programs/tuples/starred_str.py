# Starred unpacking.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
a, *mid, b = [0, 1, 2, 3, 4, 5]
print(a, mid, b)
x, *empty, y = [10, 20]
print(x, empty, y)
h, *t = "hello"
print(h, t)
*all_of_it, = (7, 8, 9)
print(all_of_it)
for p, *qs in [(1, 2, 3), (4, 5, 6)]:
    print(p, qs)
