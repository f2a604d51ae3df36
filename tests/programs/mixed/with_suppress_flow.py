# a suppressing __exit__: flow after the with, return/finally inside, with inside an except handler
class Suppress:
    def __init__(self, log: list[str]):
        self.log = log
    def __enter__(self) -> "Suppress":
        return self
    def __exit__(self, t, e, tb):
        self.log.append("exit:" + ("none" if e is None else str(e)))
        return True
def f(n: int, log: list[str]) -> int:
    x = 0
    with Suppress(log):
        x = 1
        if n > 0:
            raise ValueError("v" + str(n))
        x = 2
        return x * 10
    return x * 100
log: list[str] = []
print(f(0, log), f(1, log), log)
def g(log: list[str]) -> str:
    for i in range(3):
        with Suppress(log):
            try:
                if i == 1:
                    raise KeyError(i)
            finally:
                log.append("fin" + str(i))
            if i == 2:
                return "ret" + str(i)
    return "end"
print(g(log), log)
try:
    raise RuntimeError("outer")
except RuntimeError as e:
    with Suppress(log):
        raise TypeError("inner " + str(e))
    print("handled", e)
print(log[-1])
