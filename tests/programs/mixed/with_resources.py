# a resource manager using with, logging enter/exit, suppressing one exception kind
class ResourceError(Exception):
    def __init__(self, res: str, code: int):
        super().__init__(res, code)
        self.res = res
        self.code = code


class Resource:
    opened: int = 0

    def __init__(self, name: str, suppress: bool):
        self.name = name
        self.suppress = suppress
        self.log: list[str] = []

    def __enter__(self) -> "Resource":
        Resource.opened += 1
        self.log.append("open")
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        Resource.opened -= 1
        if exc_type is None:
            self.log.append("close")
            return False
        self.log.append("close-after-" + exc_type.__name__)
        return self.suppress and isinstance(exc, ResourceError)

    def use(self, n: int) -> int:
        if n < 0:
            raise ResourceError(self.name, n)
        return n * 2


def work(r: Resource, n: int) -> int:
    with r as h:
        return h.use(n)
    return -1


a = Resource("a", True)
print(work(a, 3), work(a, -1), a.log, Resource.opened)
b = Resource("b", False)
try:
    work(b, -5)
except ResourceError as e:
    print("caught", e, e.args, e.res, e.code)
print(b.log, Resource.opened)
with Resource("c", True) as c:
    try:
        c.use(-1)
    except ResourceError as e:
        print("inner", e)
print(c.log)
