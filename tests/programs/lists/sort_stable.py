# Sorting is stable; key functions are called once per element.
calls = [0]


def first(s):
    calls[0] += 1
    return s[0]


names = ["bob", "alice", "bart", "anna", "carl", "ben", "cleo", "al"]
print(sorted(names, key=first))
print(calls[0])
names.sort(key=first, reverse=True)
print(names)
print(calls[0])
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]
pairs.sort()
print(pairs)


def snd(p):
    return p[1]


print(sorted(pairs, key=snd))
nested = [[3, 1], [1, 2], [3, 0], [1], []]
nested.sort()
print(nested)
