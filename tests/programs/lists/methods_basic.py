# append, extend, insert, pop, remove.
a = []
for i in range(5):
    a.append(i * i)
print(a)
a.extend([100, 200])
a.extend(range(3))
a.extend((7, 8))
print(a)
a.insert(0, -1)
a.insert(3, 55)
a.insert(-1, 66)
a.insert(100, 999)
a.insert(-100, -999)
print(a)
print(a.pop(), a.pop(0), a.pop(2), a.pop(-2))
print(a)
a.remove(100)
a.remove(0)
print(a)
b = [3, 1, 3, 1, 3]
b.remove(3)
print(b)
c = [1, 2]
c.extend(c)
print(c)
x = c.pop()
print(x, c)
