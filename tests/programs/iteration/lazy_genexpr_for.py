# for over generator expressions: several for clauses, if clauses, break.
for v in (x * x for x in range(6) if x % 2 == 1):
    print("odd square", v)
for p in (x * 10 + y for x in range(1, 4) for y in range(x)):
    print("pair", p)
for v in (a + b for a in range(3) if a != 1 for b in range(a, 4) if (a + b) % 2 == 0):
    print("ab", v)
for s in (w.upper() for w in "one two three".split() if "e" in w):
    print(s)
found = 0
for v in (x * y for x in range(1, 10) for y in range(1, 10)):
    if v > 20:
        found = v
        break
    if v % 5 == 0:
        continue
    print("product", v)
else:
    print("not reached")
print("found", found)
for ch in (c for c in "abc" if c == "z"):
    print("never")
else:
    print("no match, else runs")
ys = [1, 2]
for v in (x * 10 + y for x in ys for y in ys):
    print("late", v)
    ys = [7]
print(ys)
zs = [1]
for v in (x * 10 + y for x in [1, 2, 3] for y in zs):
    print("z", v)
    if len(zs) < 3:
        zs.append(len(zs) + 1)
total = 0
for row in ([i * j for j in range(3)] for i in range(3)):
    total = total + sum(row)
    print(row, total)
for t in ((i, c) for i in range(2) for c in "xy"):
    print(t)
print(sum(x for x in range(10) if x % 3 == 0))
print(list(x + y for x in "ab" for y in "cd"))
print(max(len(w) for w in ["a", "abc", "ab"]))
