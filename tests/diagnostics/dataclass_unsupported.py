# `@dataclass` options and defaults kiln does not compile, or that CPython refuses when it
# makes the class, are reported where they are written.
from dataclasses import dataclass, field


@dataclass(kw_only=True)  # error: [unsupported-dataclass]
class Frozen:
    x: int


@dataclass
class Bag:
    items: list = []  # error: [value-error]


@dataclass
class Order:
    a: int = 0
    b: int  # error: [type-error]


@dataclass(order=True)
class Ranked:
    x: int

    def __lt__(self, other):  # error: [type-error]
        return self.x < other.x
