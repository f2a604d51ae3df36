# Tuple unpacking: plain, nested, from lists and strings.
a, b, c = 1, 2, 3
print(a, b, c)
t = (4, 5, 6)
x, y, z = t
print(x, y, z)
p, q = [7, 8]
print(p, q)
c1, c2, c3 = "abc"
print(c1, c2, c3)
(m, n), o = (1, 2), 3
print(m, n, o)
(i, (j, k)) = (9, (10, 11))
print(i, j, k)
pairs = [(1, "one"), (2, "two"), (3, "three")]
for num, word in pairs:
    print(num, word)
for idx, (num, word) in enumerate(pairs):
    print(idx, num, word)
d, e = 17 // 5, 17 % 5
print(d, e)
f = g = 3
print(f, g)
[h, w] = (1, 2)
print(h, w)
