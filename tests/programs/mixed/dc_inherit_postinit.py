# dataclass inheritance: base fields first, __post_init__ inherited and overridden, repr of subclass
from dataclasses import dataclass, field


@dataclass
class Base:
    ident: int
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.notes.append("base-init")

    def describe(self) -> str:
        return f"{self.__class__.__name__}#{self.ident}"


@dataclass
class Child(Base):
    extra: str = "x"

    def __post_init__(self) -> None:
        super().__post_init__()
        self.notes.append("child-init:" + self.extra)

    def describe(self) -> str:
        return "child " + super().describe()


@dataclass
class Plain(Base):
    def describe(self) -> str:
        return "plain " + super().describe()


objs: list[Base] = [Base(1), Child(2, extra="y"), Plain(3), Child(4)]
for o in objs:
    print(o.describe(), o.notes)
    print(o)
print(Child(2, [], "z") == Child(2, [], "z"), Base(1) == Plain(1))
print(Base(5, ["n"]))
