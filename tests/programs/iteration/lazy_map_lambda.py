# map with lambdas as the first argument.
words = ["apple", "kiwi", "banana", "fig"]
for n in map(lambda w: len(w), words):
    print("len", n)
for t in map(lambda w: w[0].upper() + w[1:], words):
    print(t)
print(list(map(lambda x: x * 3 + 1, range(6))))
print(sum(map(lambda x: x % 7, range(20))))
print(max(map(lambda w: len(w) * 10, words)))
print(min(map(lambda w: w[::-1], words)))
print(sorted(map(lambda x: -x, [5, 3, 9, 1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(map(lambda a, b, c: a + b + c, "abc", "def", "ghi")))
print(sorted(set(map(lambda x: x // 3, range(12)))))
print(list(map(lambda x: x > 2, [1, 2, 3, 4])))
print(list(map(lambda s: s.strip(), ["  a ", "b  ", "   c"])))
k = 10
print(list(map(lambda x: x + k, [1, 2, 3])))
for pair in map(lambda x: (x, x * 2), range(3)):
    print(pair, pair[0] + pair[1])
print(list(map(lambda x: x / 4, [1, 2, 3])))
