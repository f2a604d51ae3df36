# a lock-style manager counting acquisitions and releases; reentrancy is tracked with a depth field
class Lock:
    def __init__(self, name):
        self.name = name
        self.depth = 0
        self.max_depth = 0
        self.acquired = 0
        self.released = 0
    def __enter__(self):
        self.depth += 1
        self.acquired += 1
        if self.depth > self.max_depth:
            self.max_depth = self.depth
        return self
    def __exit__(self, exc_type, exc, tb):
        self.depth -= 1
        self.released += 1
        return False
    def stats(self):
        return f"{self.name}: acq={self.acquired} rel={self.released} depth={self.depth} max={self.max_depth}"

lock = Lock("L")
def recurse(n):
    with lock:
        if n == 0:
            raise ValueError("bottom at depth " + str(lock.depth))
        recurse(n - 1)
with lock:
    with lock:
        print(lock.stats())
print(lock.stats())
try:
    recurse(4)
except ValueError as e:
    print("caught:", e)
print(lock.stats())
for i in range(3):
    with lock:
        pass
print(lock.stats())
