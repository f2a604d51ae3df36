# ordinary methods on a dataclass reading and mutating its fields
from dataclasses import dataclass, field


@dataclass
class Counter:
    name: str
    count: int = 0
    history: list[int] = field(default_factory=list)

    def bump(self, by: int) -> int:
        self.count += by
        self.history.append(self.count)
        return self.count

    def reset(self) -> None:
        self.count = 0
        self.history.clear()

    def describe(self) -> str:
        return self.name + ":" + str(self.count)


c = Counter("hits")
print(c.bump(1), c.bump(5), c.bump(-2))
print(c)
print(c.describe())
c.reset()
print(c, c.describe())
