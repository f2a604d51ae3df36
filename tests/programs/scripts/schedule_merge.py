# Merging meeting slots: ordering of lists and tuples, key= lambdas, tuple slices.
slots = [[9, 30, 10, 15], [13, 0, 14, 0], [9, 0, 9, 45], [16, 0, 16, 30], [13, 45, 15, 0], [10, 15, 11, 0]]
print("earliest:", min(slots), "latest:", max(slots))
slots.sort()
print("by start:", slots)
print("compare:", slots[0] < slots[1], slots[2] <= slots[2], slots[3] > slots[4], [] < slots[0], [9] < [9, 0], [10] > [9, 59])
to_min = lambda h, m: h * 60 + m
fmt = lambda t: f"{t // 60:02d}:{t % 60:02d}"
spans = [(to_min(s[0], s[1]), to_min(s[2], s[3])) for s in slots]
print("spans:", spans)
merged = []
for start, end in spans:
    if merged and start <= merged[-1][1]:
        last = merged.pop()
        merged.append((last[0], max(last[1], end)))
        print("  merge", fmt(start), "into", fmt(last[0]))
    else:
        merged.append((start, end))
print("merged:", [(fmt(a), fmt(b)) for a, b in merged])
lengths = list(map(lambda p: p[1] - p[0], merged))
print("lengths:", lengths, "busy:", sum(lengths), "longest:", fmt(max(merged, key=lambda p: p[1] - p[0])[0]))
gaps = [(merged[i][1], merged[i + 1][0]) for i in range(len(merged) - 1)]
free = list(filter(lambda g: g[1] - g[0] >= 30, gaps))
print("gaps:", gaps, "free >= 30:", [(fmt(a), fmt(b)) for a, b in free])
day = (("mon", 9), ("tue", 10), ("wed", 9))
print(day[1:], day[::-1], day[-1:], sorted(list(day), key=lambda d: (d[1], d[0]), reverse=True))
print(day[0] < day[2], day[1] > day[2], ("mon", 9) <= day[0], day[:2] < day[1:])
week = ("work",) * 5 + ("rest",) * 2
print(week, week.count("rest"), week[4:], week[::3])
by_len = sorted(slots, key=lambda s: to_min(s[2], s[3]) - to_min(s[0], s[1]), reverse=True)
print("by length:", by_len)
print("slot with 13:45 start at", slots.index([13, 45, 15, 0]), "; 10:15 start after 1:", slots.index([10, 15, 11, 0], 1, 4))
