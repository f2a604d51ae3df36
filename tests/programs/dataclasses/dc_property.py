# @property on a dataclass: computed attributes are not fields (not in repr or __eq__)
from dataclasses import dataclass


@dataclass
class Temperature:
    celsius: float

    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32

    @property
    def is_freezing(self) -> bool:
        return self.celsius <= 0.0


t = Temperature(100.0)
print(t, t.fahrenheit, t.is_freezing)
t.celsius = -40.0
print(t, t.fahrenheit, t.is_freezing)
for c in [0.0, 37.0, -10.5]:
    x = Temperature(c)
    print(x.celsius, x.fahrenheit, x.is_freezing)
print(Temperature(1.5) == Temperature(1.5))
