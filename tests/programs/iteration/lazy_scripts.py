# Realistic little scripts built on map/filter.
line = "3 14 15 92 65 35 89 79"
nums = list(map(int, line.split()))
print(nums)
print("sum", sum(nums), "count", len(nums))
print("mean", sum(map(float, line.split())) / len(nums))
print("evens", list(filter(lambda n: n % 2 == 0, nums)))
print("max digit sum", max(map(lambda n: sum(map(int, str(n))), nums)))
csv = "name,age,city\nann,31,oslo\nbob,27,rome\ncid,45,lima"
rows = csv.split("\n")
header = rows[0].split(",")
print(header)
ages = 0
for fields in map(lambda r: r.split(","), rows[1:]):
    ages = ages + int(fields[1])
    print(" | ".join(map(lambda f: f.ljust(5), fields)))
print("total age", ages)
matrix = ["1 2 3", "4 5 6", "7 8 9"]
grid = list(map(lambda r: list(map(int, r.split())), matrix))
print(grid)
print("row sums", list(map(sum, grid)))
print("diag", sum(map(lambda i: grid[i][i], range(3))))
print("col 2", list(map(lambda r: r[2], grid)))
words = "The cat and the hat sat on the mat".lower().split()
print(sorted(set(filter(lambda w: len(w) == 3, words))))
counts = {}
for w in filter(lambda w: w != "the", words):
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(", ".join(map(lambda kv: kv[0] + "=" + str(kv[1]), sorted(counts.items()))))
temps_c = [-5.0, 0.0, 12.5, 30.0]
print(list(map(lambda c: c * 9 / 5 + 32, temps_c)))
print(any(map(lambda t: t < 0, temps_c)), all(map(lambda t: t < 40, temps_c)))
bits = "1011001"
print(sum(map(lambda p: int(p[1]) * 2 ** p[0], enumerate(bits[::-1]))), int(bits, 2))
print("".join(map(lambda c: "#" if c == "1" else ".", bits)))
