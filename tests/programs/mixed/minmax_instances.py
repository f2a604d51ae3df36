# min/max/sorted on instances with __lt__ only, with key functions, and on an empty list (error)
class Task:
    def __init__(self, name: str, prio: int):
        self.name = name
        self.prio = prio

    def __lt__(self, other: "Task") -> bool:
        return self.prio < other.prio

    def __repr__(self) -> str:
        return f"<{self.name}:{self.prio}>"


tasks = [Task("write", 3), Task("read", 1), Task("test", 3), Task("ship", 5), Task("plan", 1)]
print(min(tasks), max(tasks))
print(sorted(tasks))
print(sorted(tasks, reverse=True))
print(max(tasks, key=lambda t: len(t.name)), min(tasks, key=lambda t: t.name))
print(min(tasks[0], tasks[2]), max(tasks[0], tasks[2]), max(tasks[1], tasks[4]).name)
print(tasks[0] > tasks[1], tasks[1] > tasks[0])
low = min(tasks)
print(low is tasks[1], low is tasks[4])
empty: list[Task] = []
try:
    print(min(empty))
except ValueError as e:
    print("error:", e)
