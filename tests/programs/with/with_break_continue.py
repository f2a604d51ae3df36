# break and continue inside a with inside loops: __exit__ runs exactly once per entry, with None arguments
class Step:
    def __init__(self):
        self.enters = 0
        self.exits = 0
        self.bad = 0
    def __enter__(self):
        self.enters += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        self.exits += 1
        if exc_type is not None or exc is not None or tb is not None:
            self.bad += 1
        return False

s = Step()
seen = []
for i in range(10):
    with s:
        if i % 3 == 0:
            continue
        if i == 8:
            break
        seen.append(i)
print(seen, s.enters, s.exits, s.bad)

t = Step()
n = 0
while True:
    n += 1
    with t:
        with t:
            if n < 4:
                continue
            break
print(n, t.enters, t.exits, t.bad)
