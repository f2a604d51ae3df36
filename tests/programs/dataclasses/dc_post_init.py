# __post_init__ computes derived fields declared with field(init=False)
from dataclasses import dataclass, field


@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    perimeter: int = field(init=False)

    def __post_init__(self) -> None:
        self.area = self.w * self.h
        self.perimeter = 2 * (self.w + self.h)


r = Rect(3, 4)
print(r)
print(r.area, r.perimeter)
print(Rect(w=5, h=1))
print(Rect(2, 2) == Rect(2, 2))
r.w = 10
print(r)
rs = [Rect(1, 1), Rect(2, 3), Rect(4, 4)]
print(sum([x.area for x in rs]))
