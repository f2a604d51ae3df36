# a subclass-only method called on a base instance in the list: AttributeError (caught, then uncaught)
class Base:
    def __init__(self, n):
        self.n = n


class Up(Base):
    def bump(self):
        return self.n + 1


class Down(Base):
    def bump(self):
        return self.n - 1


xs = [Up(5), Down(5), Base(5), Up(1)]
for x in xs:
    try:
        print(x.n, x.bump())
    except AttributeError as e:
        print("error:", e)
for x in xs:
    print(x.bump())
