# map with module-level named functions, consumed by for and builtins.
def square(x):
    return x * x


def describe(n):
    return "n=" + str(n)


def halve(x):
    return x / 2


nums = [3, 1, 4, 1, 5, 9, 2, 6]
for v in map(square, nums):
    print("square:", v)
for s in map(describe, range(4)):
    print(s)
total = 0
for h in map(halve, nums):
    total = total + 1
    print(total, h)
print(sum(map(square, nums)))
print(min(map(square, nums)), max(map(square, nums)))
print(sorted(map(square, nums)))
print(list(map(describe, [10, 20, 30])))
print(sorted(set(map(square, [-2, -1, 0, 1, 2]))))
print(len(frozenset(map(square, [-3, 3, -3, 3]))))
print(list(map(square, [])))
print(sum(map(square, range(0))))
print(list(map(halve, range(5))))
print(sum(map(halve, [1, 2, 3])))
