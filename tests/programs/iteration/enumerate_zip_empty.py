# enumerate with start, zip with 2 and 3 arguments and unequal lengths.
names = ["ann", "bob", "cy"]
for i, n in enumerate(names):
    print(i, n)
for i, c in enumerate("xy"):
    print(i + 10, c)
print(list(enumerate(["a", "b"])))
ages = [31, 25, 40, 99]
for n, a in zip(names, ages):
    print(n, a)
cities = ("oslo", "rome")
for n, a, c in zip(names, ages, cities):
    print(n, a, c)
print(list(zip([1, 2, 3], "ab")))
print(list(zip(range(5), range(10, 13), "abcd")))
print(list(zip([], [1])))
for (i, n), a in zip(enumerate(names), ages):
    print(i, n, a)
