# walking Optional links with `while cur:` and an AttributeError on None
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
def main():
    a = Node(1)
    a.next = Node(2)
    cur = a
    while cur:
        print(cur.v)
        cur = cur.next
    print(a.next.next)
    print(a.next.next.v)
main()
