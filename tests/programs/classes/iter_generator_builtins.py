class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x


b = Bag([3, 1, 2])
print(list(b), sorted(b), sum(b), max(b), min(b), set(b))
print(list(enumerate(b)), list(zip(b, "abc")), any(x > 2 for x in b), all(b))
print(dict(zip(b, b)), sorted(b, reverse=True), min(b, key=lambda x: -x))
with open("f.txt", "w") as f:
    f.write("one\ntwo\nthree\n")
with open("f.txt") as f:
    for i, line in enumerate(f, 1):
        print(i, line.strip())
print(list(open("f.txt")), len(list(open("f.txt"))))
with open("f.txt") as f:
    print(sorted(f), max(open("f.txt"), key=len))
