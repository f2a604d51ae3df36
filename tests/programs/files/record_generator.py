# Generators that read records from a file lazily; a pipeline of generators; the file is
# left partially read and then resumed.
class Record:
    def __init__(self, name, score, tags):
        self.name = name
        self.score = score
        self.tags = tags

    def __repr__(self):
        return f"Record({self.name!r}, {self.score}, {self.tags})"

with open("records.txt", "w") as f:
    f.write("# name|score|tags\n")
    for i, name in enumerate(["ann", "bob", "cy", "dee", "eve", "fay", "gus"]):
        tags = ",".join(t for t in ["x", "y", "z"][: i % 4])
        f.write(f"{name}|{(i * 37) % 100}|{tags}\n")
    f.write("\n")
    f.write("bad line\n")

def records(path):
    with open(path) as f:
        for raw in f:
            raw = raw.strip()
            if not raw or raw.startswith("#"):
                continue
            parts = raw.split("|")
            if len(parts) != 3:
                print("  skipping", repr(raw))
                continue
            yield Record(parts[0], int(parts[1]), [t for t in parts[2].split(",") if t])

def passing(recs, threshold):
    for r in recs:
        if r.score >= threshold:
            yield r

def numbered(items):
    n = 0
    for it in items:
        n += 1
        yield n, it

for n, r in numbered(passing(records("records.txt"), 40)):
    print(n, r)

gen = records("records.txt")
first = next(gen)
second = next(gen)
print("first two:", first.name, second.name)
rest = [r.name for r in gen]
print("rest:", rest)
best = max(records("records.txt"), key=lambda r: (r.score, r.name))
print("best:", best)
tag_counts = {}
for r in records("records.txt"):
    for t in r.tags:
        tag_counts[t] = tag_counts.get(t, 0) + 1
print(sorted(tag_counts.items()))
print(sum(r.score for r in records("records.txt")), len([1 for _ in records("records.txt")]))
