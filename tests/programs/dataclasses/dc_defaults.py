# fields with default values of several types; overriding some of them
from dataclasses import dataclass


@dataclass
class Config:
    name: str
    retries: int = 3
    ratio: float = 0.5
    verbose: bool = False
    label: str = "none"


print(Config("a"))
print(Config("b", 5))
print(Config("c", 1, 2.25))
print(Config("d", verbose=True))
print(Config("e", label="x", retries=0))
c = Config(name="f", ratio=1.0, verbose=True, label="L", retries=9)
print(c)
print(c.retries * 2, c.ratio + 1.5, not c.verbose, c.label + c.name)
