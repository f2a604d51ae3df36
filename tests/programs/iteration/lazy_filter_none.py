# filter(None, it): keeps truthy items.
ints = [0, 1, 2, 0, -3, 0, 4]
for v in filter(None, ints):
    print("truthy int", v)
strs = ["", "a", "", "bc", " ", ""]
for s in filter(None, strs):
    print("truthy str", repr(s))
print(list(filter(None, ints)))
print(list(filter(None, strs)))
print(list(filter(None, [0.0, 1.5, -0.0, 2.5])))
print(list(filter(None, [[], [1], [], [2, 3]])))
print(list(filter(None, [True, False, True])))
print(sum(filter(None, ints)))
print(len(list(filter(None, range(-3, 4)))))
print(sorted(filter(None, [3, 0, 1, 0, 2])))
print("-".join(filter(None, "a,,b,,,c".split(","))))
print(list(filter(None, "")))
print(list(filter(None, "x y")))
print(max(filter(None, [0, 5, 0, 3])))
print(min(filter(None, [0, 5, 0, 3])))
print(all(filter(None, [0, 0, 0])))
print(any(filter(None, [0, 0, 0])))
print(sorted(set(filter(None, [1, 0, 1, 2, 0]))))
n = 0
for v in filter(None, [0, 0, 7, 0, 8]):
    n = n + v
print(n)
