# following an Optional[Base] link past the end: AttributeError on NoneType, uncaught
class Link:
    def __init__(self, nxt):
        self.nxt = nxt

    def weight(self):
        return 1


class Heavy(Link):
    def weight(self):
        return 10


class Light(Link):
    def weight(self):
        return 0


chain = Heavy(Light(Link(Heavy(None))))
cur = chain
total = 0
while cur is not None:
    total += cur.weight()
    cur = cur.nxt
print("total", total)
print(chain.nxt.nxt.weight())
print(chain.nxt.nxt.nxt.nxt.weight())
