# Typical uses: de-duplication, membership, unique counts.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, len(seen))
print(sorted(set(data)))
text = "she sells sea shells by the sea shore"
print(len(set(text.split())), sorted(set(text.split())))
print(sorted(set(text) - {" "}))
dupes = set()
seen2 = set()
for x in data:
    if x in seen2:
        dupes.add(x)
    seen2.add(x)
print(sorted(dupes))
