# Tuples holding mixed element types; nested tuple unpacking in loops and comprehensions.
records = [("ann", 31, 1.5), ("bob", 25, 2.25), ("cy", 40, 0.5)]
for name, age, score in records:
    print(name.upper(), age + 1, score * 2)
print([name for name, age, _ in records if age > 30])
print(sorted(records, reverse=True))
print(records[0] < records[1], records[1] > records[2])
best = records[0]
for r in records:
    if r[2] > best[2]:
        best = r
print(best)
lookup = {name: (age, score) for name, age, score in records}
print(lookup)
age, score = lookup["bob"]
print(age, score)
pt = ((1, 2), (3, 4))
(a, b), (c, d) = pt
print(a + d, b + c)
print(len(records[0]), records[-1][0][-1])
