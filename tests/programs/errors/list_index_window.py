# list.index with a start and stop window that excludes every match: ValueError.
readings = [3, 7, 3, 9, 7, 3, 1]
for start in [0, 1, 3, -2]:
    print("3 from", start, "->", readings.index(3, start))
print(readings.index(7, 2, 5), readings.index(9, -4, -2), readings.index(1, -1, 100))
seen = []
pos = -1
while 7 in readings[pos + 1:]:
    pos = readings.index(7, pos + 1)
    seen.append(pos)
print("sevens at", seen)
print(readings.index(9, 0, 3))
print("unreachable")
