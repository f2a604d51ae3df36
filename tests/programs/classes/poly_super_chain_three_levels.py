# A <- B <- C: each level extends describe() through super(); list of all three
class A:
    def __init__(self, x):
        self.x = x

    def describe(self):
        return f"A({self.x})"

    def weight(self):
        return self.x


class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def describe(self):
        return "B<" + super().describe() + f",{self.y}>"

    def weight(self):
        return super().weight() + self.y


class C(B):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def describe(self):
        return "C<" + super().describe() + f",{self.z}>"

    def weight(self):
        return super().weight() * self.z


objs = [A(1), B(2, 3), C(4, 5, 6), B(0, 0), C(1, 1, 1)]
for o in objs:
    print(o.describe(), o.weight(), o.x)
print(sum([o.weight() for o in objs]))
