# uncaught ZeroDivisionError raised inside a dataclass method
from dataclasses import dataclass, field


@dataclass
class Stats:
    values: list[int] = field(default_factory=list)

    def mean(self) -> float:
        return sum(self.values) / len(self.values)


s = Stats([4, 5, 9])
print(s, s.mean())
s.values.clear()
print(s)
print(s.mean())
print("not reached")
