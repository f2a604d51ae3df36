# A dataclass that defines its own __init__ keeps the generated __repr__/__eq__; fields it does
# not assign read their defaults as class attributes.
from dataclasses import dataclass, field


@dataclass
class Pixel:
    x: int
    y: int = 5
    tags: list = field(default_factory=list)

    def __init__(self, x):
        self.x = x
        self.tags = ["custom"]


p = Pixel(1)
print(p.y, p, p == Pixel(1), p == Pixel(2))
