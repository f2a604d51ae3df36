# __post_init__ normalizes fields and rejects bad values with a caught exception
from dataclasses import dataclass, field


@dataclass
class Percent:
    value: int
    label: str = ""
    valid: bool = field(init=False)

    def __post_init__(self) -> None:
        if self.value < 0:
            raise ValueError("negative percent: " + str(self.value))
        if self.value > 100:
            self.value = 100
        self.label = self.label.upper()
        self.valid = True


print(Percent(50, "half"))
print(Percent(150, "over"))
for v in [10, -5, 100, -1]:
    try:
        p = Percent(v)
        print("ok", p.value, p.valid)
    except ValueError as e:
        print("error:", e)
