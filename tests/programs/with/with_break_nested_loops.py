# break out of nested loops from inside a with, and return from a with inside a loop: one exit per entry
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

u = Step()
found = -1
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        with u:
            if v == 4:
                found = v
                break
    if found >= 0:
        break
print(found, u.enters, u.exits, u.bad)

def find(xs, target):
    for i in range(len(xs)):
        with u:
            if xs[i] == target:
                return i
    return -1

print(find([5, 6, 7], 6), find([1], 9), u.enters, u.exits, u.bad)
