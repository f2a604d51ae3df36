# circular doubly linked list with a sentinel: `node is not self.head` ends the walk
class Node:
    def __init__(self, val: int) -> None:
        self.val = val
        self.prev: "Node | None" = None
        self.next: "Node | None" = None


class Ring:
    def __init__(self) -> None:
        self.head = Node(-1)
        self.head.prev = self.head
        self.head.next = self.head

    def push(self, val: int) -> Node:
        n = Node(val)
        last = self.head.prev
        if last is not None:
            last.next = n
            n.prev = last
        n.next = self.head
        self.head.prev = n
        return n

    def walk(self) -> list[int]:
        out: list[int] = []
        node = self.head.next
        while node is not None and node is not self.head:
            out.append(node.val)
            node = node.next
        return out


r = Ring()
print(r.head.next is r.head, r.head.prev is r.head, r.walk())
a = r.push(10)
b = r.push(20)
c = r.push(30)
print(r.walk())
print(a.prev is r.head, c.next is r.head, r.head.prev is c, b.prev is a, b.next is c)
ok = True
n = r.head.next
while n is not None and n is not r.head:
    if n.next is not None and n.next.prev is not n:
        ok = False
    n = n.next
print("consistent:", ok)
