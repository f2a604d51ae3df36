# key= lambdas with reverse=, stability of equal keys, and min/max ties.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cy", 31, 5.9), ("dee", 25, 5.5), ("ed", 40, 5.9)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0]), reverse=True))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[2]))
print(max(people, key=lambda p: p[2]), min(people, key=lambda p: len(p[0])))
names = [p[0] for p in people]
print(sorted(names, key=lambda n: len(n)), sorted(names, key=lambda n: n[-1], reverse=True))
names.sort(key=lambda n: (len(n), n), reverse=True)
print(names)
ages = [p[1] for p in people]
print(sorted(ages, key=lambda a: -a), sorted(ages, key=lambda a: a % 10))
ages.sort(key=lambda a: a % 10)
print(ages)
ages.sort(key=lambda a: a % 10, reverse=True)
print(ages)
flags = [True, False, False, True]
print(sorted(flags, key=lambda b: not b), max(flags, key=lambda b: int(b)))
grid = [[2, 1], [1], [1, 2, 0], [], [0, 5]]
print(sorted(grid, key=lambda r: len(r)), sorted(grid, key=lambda r: sum(r), reverse=True))
print(max(grid, key=lambda r: len(r)), min(grid, key=lambda r: (sum(r), len(r))))
grid.sort(key=lambda r: r[:1])
print(grid)
scores = {"math": 88, "art": 95, "gym": 88, "bio": 70}
subjects = list(scores)
print(sorted(subjects, key=lambda s: scores[s]), sorted(subjects, key=lambda s: (-scores[s], s)))
print(max(scores.items(), key=lambda kv: kv[1]), min(scores.items(), key=lambda kv: (kv[1], kv[0])))
ranked = sorted(list(scores.items()), key=lambda kv: kv[1], reverse=True)
for place, (subject, score) in enumerate(ranked, 1):
    print(place, subject, score)
