# A subclass whose body defines __eq__ but not __hash__ is unhashable, whatever its base defines.
class Base:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k


class Sub(Base):
    def __eq__(self, other):
        return self.k == other.k


print(hash(Base(7)), len({Base(1), Base(1)}))
try:
    print(hash(Sub(7)))
except TypeError as e:
    print("TypeError:", e)
try:
    s = {Sub(1)}
except TypeError as e:
    print("TypeError:", e)
