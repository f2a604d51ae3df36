# Split a file into numbered parts of N lines, then merge the sorted parts back.
import heapq

words = []
seed = 17
for i in range(53):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    words.append("".join(chr(ord("a") + (seed >> s) % 26) for s in (3, 8, 13, 18)))

with open("words.txt", "w") as f:
    f.write("\n".join(words) + "\n")

def split(path, n):
    names = []
    out = None
    with open(path) as src:
        count = 0
        for line in src:
            if count % n == 0:
                if out is not None:
                    out.close()
                name = f"part{len(names):03d}.txt"
                names.append(name)
                out = open(name, "w")
            out.write(line)
            count += 1
    if out is not None:
        out.close()
    return names

parts = split("words.txt", 10)
print(parts)
for name in parts:
    with open(name) as f:
        lines = sorted(f.readlines())
    with open(name, "w") as f:
        f.writelines(lines)
    print(name, len(lines), lines[0].strip(), lines[-1].strip())

streams = []
for name in parts:
    with open(name) as f:
        streams.append([l.strip() for l in f])
heap = []
for k, s in enumerate(streams):
    if s:
        heapq.heappush(heap, (s[0], k, 0))
merged = []
while heap:
    w, k, i = heapq.heappop(heap)
    merged.append(w)
    if i + 1 < len(streams[k]):
        heapq.heappush(heap, (streams[k][i + 1], k, i + 1))
with open("sorted.txt", "w") as f:
    for w in merged:
        print(w, file=f)
check = open("sorted.txt").read().split()
print(check == sorted(words), len(check), check[:5], check[-3:])
dupes = {w for w in words if words.count(w) > 1}
print("dupes:", sorted(dupes))
by_letter = {}
for w in check:
    by_letter.setdefault(w[0], []).append(w)
print({k: len(v) for k, v in sorted(by_letter.items()) if len(v) > 2})
