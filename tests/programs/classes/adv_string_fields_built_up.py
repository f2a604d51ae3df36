# big string fields built up by methods, joined, sliced and compared
class Doc:
    def __init__(self, title):
        self.title = title
        self.lines = []
        self.text = ""
    def add(self, line):
        self.lines.append(line)
        self.text += line + "\n"
        return len(self.text)
    def grep(self, word):
        return [i for i, l in enumerate(self.lines) if word in l]
d = Doc("t")
for i in range(1000):
    d.add(f"line {i} {'even' if i % 2 == 0 else 'odd'} ü")
print(len(d.text), d.text[:30], d.grep("999"), len(d.grep("even")), d.text.count("ü"))
print(d.lines[-1].upper(), d.text.splitlines()[500], d.title * 3)
