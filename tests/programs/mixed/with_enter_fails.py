# multiple context managers in one with: a failing __enter__ unwinds the already-entered ones
class LockError(Exception):
    def __init__(self, name: str):
        super().__init__("cannot lock " + name)
        self.name = name


class Lock:
    held: list[str] = []

    def __init__(self, name: str, broken: bool):
        self.name = name
        self.broken = broken

    def __enter__(self) -> "Lock":
        if self.broken:
            raise LockError(self.name)
        Lock.held.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        Lock.held.remove(self.name)
        print("release", self.name, "with", "nothing" if exc is None else repr(exc))
        return False


def critical(names: list[str], broken: str) -> str:
    a = Lock(names[0], names[0] == broken)
    b = Lock(names[1], names[1] == broken)
    c = Lock(names[2], names[2] == broken)
    with a as x, b as y, c as z:
        return "+".join([x.name, y.name, z.name]) + " held " + str(len(Lock.held))


print(critical(["p", "q", "r"], ""))
for br in ["p", "q", "r"]:
    try:
        print(critical(["p", "q", "r"], br))
    except LockError as e:
        print("error:", e, e.name, Lock.held)
with Lock("m", False) as m, Lock("n", True) as n:
    print("unreachable")
