# any/all over map/filter/generator expressions stop early like CPython.
def check(x):
    print("  check", x)
    return x > 3


def nonzero(x):
    print("  nonzero", x)
    return x != 0


print(any(map(check, [1, 5, 2, 7])))
print(all(map(check, [4, 5, 2, 7])))
print(any(map(check, [1, 2])))
print(all(map(check, [4, 5])))
print(any(map(check, [])))
print(all(map(check, [])))
print(all(map(nonzero, [3, 0, 4])))
print(any(filter(check, [1, 2, 8, 9])))
print(all(filter(check, [1, 2, 8, 9])))
print(any(map(lambda x: x == "b", "abc")))
print(all(map(lambda x: x.isalpha(), "ab1c")))
print(any(check(x) for x in [0, 4, 5]))
print(all(check(x) for x in [6, 2, 5]))
print(any(map(nonzero, [0, 0, 0])))
print(all(map(lambda a, b: a < b, [1, 2, 3], [2, 3, 4])))
print(all(map(lambda a, b: a < b, [1, 5, 3], [2, 3, 4])))
print(any(map(lambda s: s.isupper(), ["ab", "Cd", "EF"])))
print(all(map(lambda s: s.isdigit(), ["12", "3", "x4"])))
print(any(map(lambda x: 10 // x > 1, [1, 0])))
print(all(map(lambda x: 10 // x > 5, [5, 0])))
words = ["alpha", "beta", "gamma"]
if any(map(lambda w: w.startswith("g"), words)):
    print("some start with g")
if not all(map(lambda w: len(w) == 5, words)):
    print("not all length 5")
print(any(filter(None, [0, 0, 3])))
