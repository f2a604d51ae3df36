# a linked list whose __iter__ returns a fresh iterator object: nested loops, next() until StopIteration, comprehension
class Node:
    def __init__(self, val: int, nxt: "Node | None"):
        self.val = val
        self.nxt = nxt


class NodeIter:
    def __init__(self, head: "Node | None"):
        self.cur = head

    def __iter__(self) -> "NodeIter":
        return self

    def __next__(self) -> int:
        if self.cur is None:
            raise StopIteration
        v = self.cur.val
        self.cur = self.cur.nxt
        return v


class LinkedList:
    def __init__(self):
        self.head: Node | None = None
        self.size = 0

    def push(self, v: int) -> "LinkedList":
        self.head = Node(v, self.head)
        self.size += 1
        return self

    def __iter__(self) -> NodeIter:
        return NodeIter(self.head)

    def __len__(self) -> int:
        return self.size


ll = LinkedList().push(3).push(2).push(1)
pairs = [(a, b) for a in ll for b in ll if a < b]
print(pairs, len(ll))
it = ll.__iter__()
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
total = 0
for v in ll:
    for w in ll:
        total += v * w
print(total)
empty = LinkedList()
print([v for v in empty], len(empty))
for v in ll:
    if v == 2:
        print("found 2")
        break
else:
    print("not found")
