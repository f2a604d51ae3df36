# the same iterator/with/exception logic at module level and inside a function
class Range3:
    def __init__(self):
        self.i = 0

    def __iter__(self) -> "Range3":
        return self

    def __next__(self) -> int:
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i


class Oops(Exception):
    pass


class Ctx:
    def __init__(self, log: list[str]):
        self.log = log

    def __enter__(self) -> list[str]:
        self.log.append("in")
        return self.log

    def __exit__(self, t, v, tb) -> bool:
        self.log.append("out")
        return isinstance(v, Oops)


log: list[str] = []
for x in Range3():
    with Ctx(log) as lg:
        lg.append(str(x))
        if x == 2:
            raise Oops()
        if x == 3:
            break
else:
    log.append("else")
print(log, x)


def run() -> None:
    log: list[str] = []
    for x in Range3():
        with Ctx(log) as lg:
            lg.append(str(x))
            if x == 2:
                raise Oops()
            if x == 3:
                break
    else:
        log.append("else")
    print(log, x)


run()
it = Range3()
for a in it:
    for b in it:
        print(a, b)
