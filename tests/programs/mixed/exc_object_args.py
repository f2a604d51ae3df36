# exceptions whose args are objects with __str__/__repr__ or dataclasses: str, repr, containers and the uncaught line
from dataclasses import dataclass
@dataclass
class P:
    x: int
class Pt:
    def __init__(self, v: int):
        self.v = v
    def __repr__(self) -> str:
        return f"Pt<{self.v}>"
    def __str__(self) -> str:
        return f"pt {self.v}"
class E(Exception):
    pass
print(E(P(1)), repr(E(P(1))), E(Pt(2)), repr(E(Pt(2))), [E(Pt(3))], E(Pt(4)).args)
print(E(Pt(1), "s"), KeyError(Pt(5)), repr(KeyError(Pt(6))), ValueError([Pt(7)]))
raise E(Pt(9))
