# int() inside map fails on the fourth item, after the earlier lines were parsed.
lines = ["10 20 30", "4 5", " 7  8 9 "]
for line in lines:
    print("line:", repr(line))
    total = 0
    for n in map(int, line.split()):
        total = total + n
        print("  item", n, "running", total)
    print("  total", total)
print(sum(map(int, ["1", "2", "3"])))
print(list(map(int, ["1", "2", "3", "four", "5"])))
print("not reached")
