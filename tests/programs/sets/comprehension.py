# Set comprehensions.
sq = {x * x for x in range(-4, 5)}
print(sq, len(sq))
mods = {x % 4 for x in range(100)}
print(mods)
firsts = {w[0] for w in ["apple", "avocado", "banana", "cherry", "blueberry"]}
print(sorted(firsts))
pairs = {(i, j) for i in range(3) for j in range(3) if i != j}
print(sorted(pairs))
evens = {x for x in range(20) if x % 2 == 0 if x % 3 != 0}
print(evens)
