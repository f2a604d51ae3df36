# bytes in dicts, sets, lists and tuples: keys, membership, ordering, repr inside containers.
words = [b"pear", b"apple", b"fig", b"apple", b"", b"Zebra", b"\xff", b"pear", b"fig", b"apple"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(len(counts), counts[b"apple"], b"fig" in counts, b"kiwi" in counts, b"" in counts)
print(sorted(counts), sorted(counts.items()), sorted(counts, key=len))
print(max(counts), min(counts), sorted(words, reverse=True))
uniq = set(words)
print(len(uniq), sorted(uniq), b"pear" in uniq, b"Pear" in uniq)
uniq.add(b"pear")
uniq.add(b"plum")
uniq.discard(b"")
print(len(uniq), sorted(uniq))
print({b"a", b"b"} | {b"b", b"c"} == {b"a", b"b", b"c"}, sorted({b"a", b"b"} & {b"b", b"c"}))
# Hashes of bytes equal hashes of the same ASCII str.
for w in [b"", b"a", b"pear", b"hello world", b"0123456789abcdef"]:
    print(w, hash(w) == hash(w.decode()), hash(w) == hash(bytes(list(w))))
# Tuples of bytes compare element-wise, lexicographic byte order.
pairs = [(b"b", 2), (b"a", 3), (b"a", 1), (b"ab", 0), (b"", 9)]
print(sorted(pairs), min(pairs), max(pairs))
print((b"x", b"y") == (b"x", b"y"), (b"x", b"y") < (b"x", b"z"), [b"a"] * 3, [b"a", b"b"] + [b"c"])
grid = [[b"a", b"b"], [b"\x00", b"'"], [b'"', b"\\"]]
print(grid, (b"\n",), ((b"1", b"2"), b"3"))
index = {}
for i, w in enumerate([b"one", b"two", b"three", b"two"]):
    index[w] = index.get(w, []) + [i]
print(index, list(index.keys()), list(index.values()))
by_len = {}
for w in sorted(set(words)):
    by_len[len(w)] = by_len.get(len(w), []) + [w]
print(by_len)
nested = {(b"k", 1): [b"v1", b"v2"], (b"k", 2): []}
print(nested, nested[(b"k", 1)][1], len(nested[(b"k", 2)]))
print([w for w in words if len(w) > 3], {w: len(w) for w in words}, {w[:1] for w in words})
print(words.count(b"apple"), words.index(b"fig"), b"fig" in words, list(reversed(words[:3])))
keyed = {"s": b"bytes", "t": b"more"}
print(keyed, keyed["s"] + keyed["t"], str(keyed), repr(list(keyed.values())))
