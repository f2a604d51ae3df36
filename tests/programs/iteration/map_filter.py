# map and filter with named functions, builtins and lambdas, consumed by loops and builtins.
def sq(x):
    return x * x
def odd(x):
    return x % 2 == 1
def add(a, b):
    return a + b
print(list(map(sq, [1, 2, 3])))
print(list(filter(odd, range(10))))
print(sum(map(sq, range(5))))
for v in map(str, [1, 2]):
    print(v)
print(list(map(add, [1, 2, 3], [10, 20])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(sorted(map(lambda s: s.upper(), ["b", "a"])))
print(list(filter(None, [0, 1, 2, 0, 3])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 0, 3])))
print(" ".join(map(str, range(4))))
print(any(map(odd, [2, 4, 5])), all(map(odd, [1, 3, 4])))
print(max(map(len, ["a", "abc", "ab"])))
words = "3 1 2".split()
nums = list(map(int, words))
print(nums)
k = 10
print(list(map(lambda x: x + k, nums)))
x = -5
for x in (x * 2 for x in nums):
    if x == 2:
        continue
    print(x)
else:
    print("done")
print(x)
for a in (i * j for i in range(3) for j in range(3) if i != j):
    if a > 1:
        break
    print("a", a)
def check(v):
    print("check", v)
    return v > 1
for r in filter(check, range(5)):
    print("got", r)
    break
print(list(map(float, [1, 2])), set(map(abs, [-1, 1])))
def first_big(xs):
    for v in map(sq, xs):
        if v > 10:
            return v
    return -1
print(first_big([1, 2, 5, 7]))
