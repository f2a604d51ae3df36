# a base __lt__ that compares self.priority(), overridden per subclass; sort and a tiny priority queue
class Task:
    def __init__(self, name, base):
        self.name = name
        self.base = base

    def priority(self):
        return self.base

    def __lt__(self, other):
        return self.priority() < other.priority()

    def __repr__(self):
        return f"{self.name}:{self.priority()}"


class Urgent(Task):
    def priority(self):
        return self.base - 100


class Lazy(Task):
    def priority(self):
        return self.base * 10


class Boosted(Urgent):
    def priority(self):
        return super().priority() - 1


tasks = [Task("mail", 5), Lazy("nap", 2), Urgent("fire", 50), Task("code", 3), Boosted("pager", 50), Lazy("tv", 1)]
print(sorted(tasks))
queue = []
for t in tasks:
    queue.append(t)
    queue.sort()
    print("head", queue[0], "len", len(queue))
while queue:
    t = queue.pop(0)
    print("run", t.name)
print(sorted(tasks, reverse=True)[0], min(tasks), max(tasks))
