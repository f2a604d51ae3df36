# @dataclass(frozen=True) used read-only; "updates" build new instances
from dataclasses import dataclass


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def add(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents, self.currency)

    def scaled(self, k: int) -> "Money":
        return Money(self.cents * k, self.currency)


a = Money(150)
b = Money(275)
c = a.add(b)
print(a, b, c)
print(c.scaled(3))
print(a == Money(150, "EUR"), a == Money(150, "USD"))
total = Money(0)
for m in [a, b, c]:
    total = total.add(m)
print(total, total.cents // 100, total.cents % 100)
