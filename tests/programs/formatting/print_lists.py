# print/str/repr of lists of strings, numbers and nested lists use repr for the items.
print(["a", "b's", 'c"d', "e\nf", ""])
print([1, -2, 3, 10 ** 20], [3.0, 0.1, -0.0, 1e16, 1e-7], [True, False], [None])
print([[1, 2], [], [3]], [[[1]], [[]]], [[], [[]]])
print([["x", "y"], ["z"]], [[1.5], [2.5, -1.0]])
print(str(["é", "日本", "😀"]), repr(["\t"]))
print([[]], [()], [(1,), (2,)])
xs = ["one"]
xs.append("two")
xs.append("it's")
print(xs, len(str(xs)))
print(list("ab"), list(range(3)), [str(i) for i in range(3)])
