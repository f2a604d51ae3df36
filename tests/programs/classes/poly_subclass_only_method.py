# a method defined only in the subclasses (not in the base), called through base-typed values
class Base:
    def __init__(self, n):
        self.n = n


class A(Base):
    def only_sub(self):
        return self.n + 1

    def label(self):
        return "A" + str(self.n)


class B(Base):
    def only_sub(self):
        return self.n * 10

    def label(self):
        return "B" + str(self.n)


items = [A(1), B(2), A(3), B(4)]
for it in items:
    print(it.label(), it.only_sub())
print(sum([it.only_sub() for it in items]))


def first(xs):
    return xs[0]


print(first(items).label(), first([B(9), A(0)]).only_sub())
x = items[1]
x = items[2]
print(x.only_sub(), x.n)
