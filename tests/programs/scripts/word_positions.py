# Finding every occurrence of a word with list.index(x, start) and list.index(x, start, stop).
text = "the quick fox saw the lazy dog and the dog saw the fox run"
words = text.split()
print(len(words), words)


def positions(ws, target):
    found = []
    start = 0
    while target in ws[start:]:
        i = ws.index(target, start)
        found.append(i)
        start = i + 1
    return found


for w in ["the", "fox", "dog", "saw", "cat"]:
    print(w, positions(words, w))
print("first 'the' after 5:", words.index("the", 5), "after -4:", words.index("the", -4))
print("'dog' between 7 and 11:", words.index("dog", 7, 11), "with huge stop:", words.index("dog", 7, 1000))
print("'saw' from far left:", words.index("saw", -100), "in the tail window:", words.index("saw", -5, -1))
counts = dict(the=0, fox=0, dog=0)
for w in words:
    if w in counts.keys():
        counts[w] += 1
print(counts, 4 in counts.values(), ("dog", 2) in counts.items(), 3 in counts.values())
lengths = list(map(lambda w: len(w), words))
print(lengths, lengths.index(5), lengths.index(4, 2), lengths.index(3, 3, 6), lengths.index(3, -3))
long_words = list(filter(lambda w: len(w) > 3, words))
print(long_words, sorted(set(words), key=lambda w: (-words.count(w), w))[:4])
first_seen = sorted(set(words), key=lambda w: words.index(w))
print(first_seen)
last_seen = sorted(set(words), key=lambda w: len(words) - 1 - words[::-1].index(w))
print(last_seen)
try_starts = [0, 3, 9, 12, -2]
for s in try_starts:
    rest = words[s:]
    print(s, "fox" in rest, words.index("fox", s) if "fox" in rest else -1)
