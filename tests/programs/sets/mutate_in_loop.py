# Building sets in loops; sieve with a set of composites.
composites = {0}
composites.discard(0)
for i in range(2, 11):
    for j in range(i * i, 100, i):
        composites.add(j)
primes = [n for n in range(2, 100) if n not in composites]
print(primes, len(primes))
visited = {(0, 0)}
x = 0
y = 0
for move in "NNEESWWS":
    if move == "N":
        y += 1
    elif move == "S":
        y -= 1
    elif move == "E":
        x += 1
    else:
        x -= 1
    if (x, y) in visited:
        print("revisit", x, y)
    visited.add((x, y))
print(len(visited), sorted(visited))
