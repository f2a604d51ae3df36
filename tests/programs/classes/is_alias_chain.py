# identity survives passing through functions, returns, and fluent methods returning self
class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, s: str) -> "Builder":
        self.parts.append(s)
        return self

    def fresh(self) -> "Builder":
        b = Builder()
        b.parts = self.parts.copy()
        return b


def same(b: Builder) -> Builder:
    return b


def pick(a: Builder, b: Builder, first: bool) -> Builder:
    if first:
        return a
    return b


x = Builder()
y = x.add("a").add("b")
print(y is x, x.parts)
print(same(x) is x, same(same(x)) is y)
z = x.fresh()
print(z is x, z is not x, z.parts == x.parts, z.parts is x.parts)
print(pick(x, z, True) is x, pick(x, z, False) is z, pick(x, z, False) is x)
print(z.add("c") is z, x.parts, z.parts)
