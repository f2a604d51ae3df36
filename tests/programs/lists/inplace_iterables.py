# In-place forms take any iterable: xs += tuple/range/set/str extends a list, d |= pairs updates a dict.
f = {"x": 1}
f |= [("y", 2)]
f |= {"z": 3}
f |= zip(["a", "b"], [4, 5])
print(f)
xs = [1]
ys = xs
xs += (2, 3)
xs += range(4, 6)
xs += {7}
xs += [8]
print(xs, ys, xs is ys if False else 0)
s = ["a"]
s += "bc"
print(s)
