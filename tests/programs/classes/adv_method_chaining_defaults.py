# methods calling other methods, returning self for chaining
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, s):
        self.parts.append(s)
        return self
    def addn(self, s, n=2):
        for i in range(n):
            self.add(s + str(i))
        return self
    def build(self, sep=","):
        return sep.join(self.parts)
b = Builder()
print(b.add("a").add("b").addn("c").addn("d", n=3).build())
print(b.build(sep="-"))
print(len(b.parts))
