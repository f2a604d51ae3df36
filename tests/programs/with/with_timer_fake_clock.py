# a timer-style manager using a fake clock: records elapsed ticks per labelled section, even on error
class Clock:
    def __init__(self):
        self.now = 0
    def tick(self, n):
        self.now += n
class DiskFull(Exception):
    pass
clock = Clock()
records = []

class Timer:
    def __init__(self, label):
        self.label = label
        self.start = -1
        self.elapsed = -1
    def __enter__(self):
        self.start = clock.now
        return self
    def __exit__(self, exc_type, exc, tb):
        self.elapsed = clock.now - self.start
        status = "ok" if exc is None else "failed(" + str(exc) + ")"
        records.append((self.label, self.elapsed, status))

with Timer("load") as t1:
    clock.tick(5)
with Timer("parse") as t2:
    clock.tick(3)
    with Timer("parse.inner"):
        clock.tick(2)
try:
    with Timer("save"):
        clock.tick(7)
        raise DiskFull("disk full")
except DiskFull:
    pass
print(t1.elapsed, t2.elapsed)
for label, ticks, status in records:
    print(f"{label:12}|{ticks:3}|{status}")
print("total", clock.now)
