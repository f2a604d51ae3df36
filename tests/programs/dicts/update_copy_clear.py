# update, copy, clear, and the | and |= operators.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
c = a.copy()
c.update(b)
print(a, b, c)
c["x"] = -1
print(a["x"], c["x"])
a.update({"w": 0})
print(a)
print(a | b, b | a)
a |= {"q": 7, "x": 11}
print(a)
e = a
e.clear()
print(a, len(a), e)
f = dict(b)
f["y"] = 0
print(b, f)
