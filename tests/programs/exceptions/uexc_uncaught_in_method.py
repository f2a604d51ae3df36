# uncaught user exception raised from a method called by another method: method frames in traceback
class EmptyQueue(Exception):
    pass


class Queue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if len(self.items) == 0:
            raise EmptyQueue("pop from empty queue")
        return self.items.pop(0)

    def drain(self, n):
        out = []
        for i in range(n):
            out.append(self.pop())
        return out


q = Queue()
q.push(1)
q.push(2)
print(q.drain(2))
q.push(3)
print(q.drain(2))
