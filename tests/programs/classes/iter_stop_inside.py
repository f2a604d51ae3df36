# StopIteration raised deeper than __next__ ends the loop too; other errors propagate with
# their traceback; a loop's else runs when the iterator is exhausted.
class Reader:
    def __init__(self, lines):
        self.lines = lines
        self.pos = 0

    def __iter__(self):
        return self

    def take(self):
        if self.pos == len(self.lines):
            raise StopIteration
        line = self.lines[self.pos]
        self.pos += 1
        return line

    def __next__(self):
        return self.take().strip()


for line in Reader([" a ", "b  ", "  c"]):
    print("[" + line + "]")
else:
    print("exhausted")
try:
    for n in Reader(["1", "2", "x", "4"]):
        print(int(n) * 2)
except ValueError as e:
    print("bad line:", e)
for line in Reader(["p", "q"]):
    print(int(line))
