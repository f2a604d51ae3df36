# identity of dicts and of the lists stored in them
d: dict[str, list[int]] = {"x": [1], "y": [2, 3]}
e = d
f = d.copy()
g = dict(d)
print(d is e, d is f, d is g, d is not d.copy())
print(f == d, f["x"] is d["x"], g["y"] is d["y"])
e["z"] = [4]
print(len(d), len(f), "z" in f)
lst = d["x"]
lst.append(10)
print(d["x"], f["x"], lst is d["x"])
d["x"] = [1, 10]
print(d["x"] == lst, d["x"] is lst, f["x"] is lst)
regs: dict[str, dict[str, int]] = {}
shared: dict[str, int] = {"n": 0}
regs["a"] = shared
regs["b"] = shared
regs["c"] = {"n": 0}
print(regs["a"] is regs["b"], regs["a"] is regs["c"], regs["a"] == regs["c"])
regs["a"]["n"] += 5
print(regs)
