# a singly linked list with None terminator, built and reversed
class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, val):
        n = Node(val)
        n.next = self.head
        self.head = n
        self.size += 1
    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.val)
            cur = cur.next
        return out
    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev
ll = LinkedList()
for i in range(6):
    ll.push(i * i)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
