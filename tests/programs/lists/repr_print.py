# str()/repr() and printing of lists in various contexts.
a = [1, -2, 3]
print(a, str(a), repr(a))
print("list: " + str(a))
print(f"{a}", f"{repr(a)}", f"[{len(a)}]")
print([[1, 2], [3], []])
print([["a"], ["b", "c"]])
print([[[1]], [[2, 3]]])
print([0.5, 1.0, -1e100])
print([], [[]], [[], []])
print(str([]), len(str([1, 2, 3])))
print(a[0], a[1], a[2], sep=", ")
