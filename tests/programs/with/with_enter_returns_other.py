# __enter__ returns a different object than the manager; "as" binds that object, tuple targets unpack
class Conn:
    def __init__(self, host):
        self.host = host
        self.sent = []
    def send(self, msg):
        self.sent.append(msg)

class Pool:
    def __init__(self):
        self.opened = 0
        self.last = Conn("none")
    def __enter__(self):
        self.opened += 1
        self.last = Conn("db" + str(self.opened))
        return self.last
    def __exit__(self, exc_type, exc, tb):
        print("closing", self.last.host, "sent", self.last.sent)
        return None

class Pair:
    def __enter__(self):
        return (3, "three")
    def __exit__(self, exc_type, exc, tb):
        print("pair exit")

p = Pool()
with p as c:
    c.send("hello")
    c.send("world")
    print(type(c).__name__, c.host)
with p as c2:
    c2.send("x")
print(p.opened, c.host, c2.host, c is c2)
with Pair() as (n, s):
    print(n * 2, s.upper())
with Pair() as t:
    print(t)
