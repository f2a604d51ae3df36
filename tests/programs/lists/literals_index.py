# List literals, positive and negative indexing, len.
a = [10, 20, 30, 40, 50]
print(a)
print(len(a), a[0], a[4], a[-1], a[-5], a[-2])
empty = []
empty.append(7)
print(empty, len(empty))
i = 0
while i < len(a):
    print(i, a[i], a[-1 - i])
    i += 1
a[0] = 99
a[-1] = -50
print(a)
a[2] += 5
a[-2] *= 2
print(a)
words = ["alpha", "beta", "", "gamma"]
print(words, len(words), words[2] == "", words[-1][0])
print([1], [[]], [[], [1]])
