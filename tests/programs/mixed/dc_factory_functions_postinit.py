# default_factory with named functions (one with a global counter) and __post_init__ dispatching to an override
from dataclasses import dataclass, field
counter = [0]
def nxt() -> int:
    counter[0] += 1
    return counter[0]
def base_deps() -> list[str]:
    return ["base"]
def default_opts() -> dict[str, bool]:
    return {"v": True}
@dataclass
class Job:
    name: str
    deps: list[str] = field(default_factory=base_deps)
    ident: int = field(default_factory=nxt)
    opts: dict[str, bool] = field(default_factory=default_opts)
    def validate(self) -> str:
        return "ok"
    def __post_init__(self) -> None:
        self.status = self.validate()
@dataclass
class Special(Job):
    def validate(self) -> str:
        return "special:" + str(len(self.deps))
a = Job("a")
b = Special("b", ["x", "y"])
c = Job("c", ident=99)
print(a, b, c)
print(a.status, b.status, a.deps is c.deps, counter)
