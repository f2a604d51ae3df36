l2 = [1, 2, 3]
r2 = reversed(l2)
print(next(r2))
l2.clear()
print(list(r2))
l3 = [5, 6, 7, 8]
r3 = reversed(l3)
next(r3)
l3.pop()
l3.pop()
print(list(r3))
a = (v for v in [1, 2, 3, 4])
print(list(zip(a, [10])), list(a))
b = (v for v in [1, 2, 3, 4])
print(list(zip([10], b)), list(b))
g = (x * x for x in range(6))
e = enumerate(g)
print(next(e), next(g), list(e))
xs = [0, 1]
for i, x in enumerate(xs):
    if i < 4:
        xs.append(x + i)
print(xs)
z = zip(range(3), "abc")
for p in z:
    print(p)
    break
print(list(z))
def take(it, n):
    out = []
    for x in it:
        out.append(x)
        if len(out) == n:
            break
    return out
e2 = enumerate("abcdefg")
print(take(e2, 2), take(e2, 3), take(e2, 5), take(e2, 1))
r4 = reversed("abcdef")
print(take(r4, 2), take(r4, 10), next(r4, "end"))
print(list(zip([1, 2])), list(enumerate([], 5)))
s = reversed(range(3))
print(3 in s, list(s))
s2 = reversed([1, 2, 3])
print(2 in s2, list(s2))
