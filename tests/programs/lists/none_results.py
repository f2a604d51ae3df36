# Methods that return None give a None value like any other.
acc = []
r = acc.append(1)
print(r, acc, [].append(2))
d = {1: 2}
c = d.clear()
print(c, d)
s = {1}
print(s.add(2), s.discard(5), s)
xs = [3, 1, 2]
print(xs.sort(), xs, xs.reverse(), xs)
print(sum(map(float, [])), sorted([]), list(map(str, [])))
