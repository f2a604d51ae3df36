# Assigning a field of a frozen dataclass raises dataclasses.FrozenInstanceError (an
# AttributeError) from the generated __setattr__; __post_init__ may still set fields through
# object.__setattr__.
from dataclasses import FrozenInstanceError, dataclass, field


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"
    label: str = field(init=False, default="")

    def __post_init__(self):
        object.__setattr__(self, "label", f"{self.amount} {self.currency}")


m = Money(5)
print(m, m.label, hash(m) == hash(Money(5)), {m: 1}[Money(5)])
try:
    m.amount = 6
except FrozenInstanceError as e:
    print("frozen:", e, type(e).__name__, isinstance(e, AttributeError))
try:
    m.currency = "USD"
except AttributeError as e:
    print("attribute error:", e)
print(m)
