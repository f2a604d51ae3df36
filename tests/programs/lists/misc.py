# max/min with key=, sum with start, enumerate/zip over dicts, chained assignment, shallow copies.
def by_len(w):
    return len(w)


words = ["ccc", "a", "bb", "dd", "e"]
print(max(words, key=by_len), min(words, key=by_len))
print(sum([0.5, 1.5], 0.25), sum([1, 2], 10))
print(list(enumerate({"a": 1, "b": 2})), list(zip({"x": 1, "y": 2}, [3, 4])))
a = b = [0]
a.append(1)
print(a, b)
x, y = z = (1, 2)
print(x, y, z)
e = [[1], [2]]
f = e.copy()
f[0].append(9)
f[1] = [0]
print(e, f)
print(["b", "ab"] < ["b", "abc"], ["Z"] < ["a"], ["é"] > ["z"])
