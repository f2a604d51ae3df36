# Counting words and sorting by frequency.
text = """the cat sat on the mat the dog sat on the log
a cat and a dog met on a mat"""
words = text.split()
counts = {"the": 0}
for word in words:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)


def freq(item):
    return -item[1]


for w, c in sorted(counts.items(), key=freq):
    print(w, c)
letters = {"a": 0}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
top = sorted(letters.items(), key=freq)[:5]
print(top)
print(len(counts), sum(counts.values()))
