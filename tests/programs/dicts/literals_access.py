# Dict literals, subscripting, assignment, len, in, del.
d = {"one": 1, "two": 2, "three": 3}
print(d, len(d))
print(d["two"], "one" in d, "four" in d, "four" not in d)
d["four"] = 4
d["one"] = 100
print(d)
del d["two"]
print(d, len(d))
d["two"] = 22
print(d)
e = {}
print(e, len(e), "x" in e)
n = {1: "a", -1: "b", 0: "c", 10 ** 20: "big"}
print(n, n[-1], n[10 ** 20])
dup = {"k": 1, "k": 2}
print(dup)
f = {1.5: True, 2.0: False}
print(f[1.5], f)
b = {True: "t", False: "f"}
print(b[True], b[1 == 2])
d["four"] += 40
print(d["four"])
