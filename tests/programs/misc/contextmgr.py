# Context managers: __enter__/__exit__, suppression, nesting, exceptions inside, and return through with.
log: list[str] = []


class Resource:
    open_count = 0

    def __init__(self, name: str, suppress: bool = False) -> None:
        self.name = name
        self.suppress = suppress
        self.uses = 0

    def __enter__(self) -> "Resource":
        Resource.open_count += 1
        log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        Resource.open_count -= 1
        if exc_type is None:
            log.append(f"close {self.name}")
        else:
            log.append(f"close {self.name} after {exc_type.__name__}: {exc}")
        return self.suppress

    def use(self, x: int) -> int:
        self.uses += 1
        if x < 0:
            raise ValueError(f"{self.name} got {x}")
        return x * 2


def work(values: list[int]) -> int:
    total = 0
    with Resource("db") as db, Resource("cache", suppress=True) as cache:
        for v in values:
            total += cache.use(v)
            if v == 99:
                return -total
        total += db.use(1)
    return total


print(work([1, 2, 3]), log)
log.clear()
print(work([1, -2, 3]), log)
log.clear()
print(work([5, 99, 7]), log)
log.clear()
try:
    with Resource("outer") as r:
        r.use(-1)
except ValueError as e:
    print("propagated:", e)
print(log, Resource.open_count)
log.clear()


class Timer:
    depth = 0

    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> "Timer":
        Timer.depth += 1
        print("  " * Timer.depth + f"> {self.label}")
        return self

    def __exit__(self, et, ev, tb) -> None:
        print("  " * Timer.depth + f"< {self.label}")
        Timer.depth -= 1


with Timer("a"):
    with Timer("b"):
        for i in range(3):
            with Timer(f"c{i}"):
                if i == 1:
                    continue
                if i == 2:
                    break
    with Timer("d"):
        pass
print("depth", Timer.depth)
