# The generated __repr__ names the class of the instance (a subclass without @dataclass too).
from dataclasses import dataclass


@dataclass
class Base:
    x: int


class Sub(Base):
    def double(self):
        return self.x * 2


items = [Base(1), Sub(2)]
print(items, Sub(3), Sub(3).double())
