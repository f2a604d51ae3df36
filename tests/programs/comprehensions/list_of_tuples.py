# Comprehensions building and unpacking tuples.
pairs = [(i, i * i) for i in range(5)]
print(pairs)
print([b - a for a, b in pairs])
print([(b, a) for a, b in pairs if a % 2 == 0])
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print([(n, a) for n, a in zip(names, ages) if a > 30])
print([f"{i}:{n}" for i, n in enumerate(names)])
print(sorted([(a, n) for n, a in zip(names, ages)]))
