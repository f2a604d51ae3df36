# Dict comprehensions.
sq = {x: x * x for x in range(6)}
print(sq)
ev = {x: x * x for x in range(10) if x % 2 == 0}
print(ev)
inv = {v: k for k, v in sq.items()}
print(inv)
words = ["apple", "bob", "kiwi", "banana"]
lens = {w: len(w) for w in words}
print(lens)
fl = {w[0]: w for w in words}
print(fl)
grid = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(grid)
st = {str(i): i for i in range(3)}
print(st)
