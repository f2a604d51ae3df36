# uncaught KeyError from a dict field looked up inside a frozen-key registry method
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Key:
    ns: str
    id: int


@dataclass
class Registry:
    names: dict[Key, str] = field(default_factory=dict)

    def lookup(self, k: Key) -> str:
        return self.names[k]


r = Registry()
r.names[Key("user", 1)] = "root"
print(r.lookup(Key("user", 1)))
print(r.lookup(Key("user", 2)))
