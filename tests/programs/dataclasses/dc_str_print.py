# print(), str(), f-strings and !r all use the generated __repr__ when there is no __str__
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    qty: int


@dataclass
class Named:
    name: str

    def __str__(self) -> str:
        return "Named<" + self.name + ">"


it = Item("bolt", 4)
print(it)
print(str(it))
print(f"{it}")
print(f"[{it!r}]")
print("item: " + str(it))
n = Named("zed")
print(n)
print(repr(n))
print(f"{n} / {n!r}")
print([n])
