class Tree:
    def __init__(self):
        self.kids = {}
        self.words = []
    def add(self, word):
        node = self
        for ch in word:
            if ch not in node.kids:
                node.kids[ch] = Tree()
            node = node.kids[ch]
        node.words.append(word)
    def __iter__(self):
        for w in self.words:
            yield w
        for ch in sorted(self.kids):
            for w in self.kids[ch]:
                yield w

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1

t = Tree()
for w in ["banana", "band", "apple", "app", "bandana", "can", "ban"]:
    t.add(w)
print(list(t))
print(sorted(t, key=len), max(t, key=len), min(t))
print(len(set(t)), "-".join([w for w in t]))
print({w: len(w) for w in t})
print(list(zip(Countdown(5), t)), list(enumerate(Countdown(3), 1)))
e = enumerate(Countdown(4))
print(next(e), list(e), list(e))
z = zip(Countdown(3), Countdown(10))
print(list(z), list(z))
print(sum(Countdown(100)), any(Countdown(0)), all(Countdown(5)), sorted(Countdown(4)))
print(dict(zip(t, Countdown(100))))
print([x * y for x, y in zip(Countdown(4), Countdown(4))])
print(list(reversed(list(Countdown(4)))))
print(max(Countdown(0)))
