# an LRU cache: dict of nodes plus a doubly linked list with Optional prev/next fields, 300k operations
class Node:
    def __init__(self, key, val):
        self.key = key
        self.val = val
        self.prev = None
        self.next = None
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head = Node(-1, "")
        self.tail = Node(-2, "")
        self.head.next = self.tail
        self.tail.prev = self.head
    def _unlink(self, n):
        p = n.prev
        q = n.next
        if p is not None and q is not None:
            p.next = q
            q.prev = p
    def _front(self, n):
        first = self.head.next
        n.prev = self.head
        n.next = first
        self.head.next = n
        if first is not None:
            first.prev = n
    def get(self, k):
        if k not in self.map:
            return ""
        n = self.map[k]
        self._unlink(n)
        self._front(n)
        return n.val
    def put(self, k, v):
        if k in self.map:
            n = self.map[k]
            n.val = v
            self._unlink(n)
            self._front(n)
            return
        n = Node(k, v)
        self.map[k] = n
        self._front(n)
        if len(self.map) > self.cap:
            last = self.tail.prev
            if last is not None:
                self._unlink(last)
                del self.map[last.key]
c = LRU(1000)
hits = 0
for i in range(300000):
    k = (i * 7919) % 1500
    if c.get(k) != "":
        hits += 1
    c.put(k, "v" + str(i))
order = []
n = c.head.next
while n is not None and len(order) < 5:
    order.append(n.key)
    n = n.next
print(hits, len(c.map), order)
