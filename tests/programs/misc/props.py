# Properties, setters with validation, classmethods as factories, staticmethods, inheritance + super().
class Temperature:
    scale = "C"

    def __init__(self, celsius: float) -> None:
        self._c = 0.0
        self.celsius = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, v: float) -> None:
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v

    @property
    def fahrenheit(self) -> float:
        return self._c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c: float) -> str:
        if c < 0:
            return "freezing"
        if c < 20:
            return "cool"
        return "warm" if c < 30 else "hot"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._c:.2f}°{self.scale})"


class Reading(Temperature):
    count = 0

    def __init__(self, celsius: float, where: str) -> None:
        super().__init__(celsius)
        self.where = where
        Reading.count += 1

    def __repr__(self) -> str:
        return super().__repr__() + f"@{self.where}"


t = Temperature(21.5)
print(t, t.fahrenheit, Temperature.describe(t.celsius))
t.celsius = -40.0
print(t.fahrenheit, t.celsius == t.fahrenheit)
print(Temperature.from_f(212.0), Temperature.from_f(-459.67))
try:
    t.celsius = -300.0
except ValueError as e:
    print("ValueError:", e, "| still", t)
rs = [Reading(c, w) for c, w in [(3.0, "attic"), (25.5, "kitchen"), (-5.0, "garage"), (31.0, "roof")]]
for r in rs:
    print(r, Temperature.describe(r.celsius), f"{r.fahrenheit:.1f}F")
print(Reading.count, Reading.scale, isinstance(rs[0], Temperature), type(rs[0]).__name__)
hottest = max(rs, key=lambda r: r.celsius)
print("hottest:", hottest.where, hottest)
Temperature.scale = "Celsius"
print(rs[1], t)
