from collections import deque

class Task:
    def __init__(self, name, work, prio):
        self.name = name
        self.work = work
        self.prio = prio
    def __repr__(self):
        return f"Task({self.name!r}, {self.work})"

def schedule(tasks, quantum):
    ready = deque(tasks)
    clock = 0
    log = []
    while ready:
        t = ready.popleft()
        run = min(quantum, t.work)
        t.work -= run
        clock += run
        if t.work > 0:
            ready.append(t)
        else:
            log.append((t.name, clock))
    return log

ts = [Task("a", 5, 1), Task("b", 12, 2), Task("c", 1, 1), Task("d", 7, 3), Task("e", 3, 1)]
print(schedule(ts, 2))
ts2 = [Task(f"t{i}", (i * 37) % 11 + 1, i % 3) for i in range(12)]
print(schedule(ts2, 3))
q = deque([Task("x", 1, 0), Task("y", 2, 0), Task("z", 3, 0)])
print(q)
q.rotate(-1)
print(q, len(q), q[1].name, q[-1].name)
first = q[0]
print(first in q, q.count(first), q.index(first))
q.remove(first)
print(q)
