# lambda as key= of sorted, min, max and list.sort, with defaults binding outer values.
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[1]))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()), sorted(words, key=lambda w: (len(w), w)))
words.sort(key=lambda w: w[-1])
print(words)


def closest(xs, target):
    return sorted(xs, key=lambda x, target=target: abs(x - target))


print(closest([1, 5, 9, 3], 4), closest([10, 20], 16))


def by_column(rows, column):
    return sorted(rows, key=lambda row, column=column: row[column])


table = [(3, "c"), (1, "a"), (2, "b")]
print(by_column([[3, 1], [1, 2], [2, 0]], 1), min(table, key=lambda r: r[0]))
scores = {"ann": 3, "bob": 5, "cid": 4}
print(sorted(scores, key=lambda name: scores[name]), max(scores.items(), key=lambda kv: kv[1]))
