# list[int] fields: mutation through methods, slicing, sum/len, repr after changes
from dataclasses import dataclass, field


@dataclass
class Series:
    name: str
    data: list[int] = field(default_factory=list)

    def push(self, v: int) -> None:
        self.data.append(v)

    def mean(self) -> float:
        return sum(self.data) / len(self.data)

    def window(self, n: int) -> "Series":
        return Series(self.name + "[-" + str(n) + ":]", self.data[-n:])


s = Series("temps")
for v in [3, 8, 1, 9, 4]:
    s.push(v)
print(s, s.mean())
w = s.window(3)
print(w, w.mean())
w.data[0] = 100
print(s.data, w.data)
s.data.sort()
print(s)
print(Series("x", [1, 2]) == Series("x", [1, 2]), Series("x", [1]) == Series("x", [2]))
