# subclasses of KeyError and IndexError with and without __str__; printed, repr'd, and used in f-strings
class MissingKey(KeyError):
    pass


class MissingWithStr(KeyError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key

    def __str__(self) -> str:
        return "missing: " + self.key


class Registry:
    def __init__(self):
        self.data: dict[str, int] = {"a": 1}

    def get(self, k: str) -> int:
        if k not in self.data:
            raise MissingKey(k)
        return self.data[k]

    def get2(self, k: str) -> int:
        if k not in self.data:
            raise MissingWithStr(k)
        return self.data[k]


r = Registry()
print(r.get("a"))
try:
    r.get("zz")
except KeyError as e:
    print(e, repr(e), f"[{e}]", e.args)
try:
    r.get2("yy")
except MissingKey as e:
    print("wrong", e)
except KeyError as e:
    print(e, repr(e), f"[{e}]", type(e).__name__)
try:
    raise MissingKey("a", "b")
except LookupError as e:
    print(e, e.args)
try:
    raise MissingKey()
except LookupError as e:
    print(repr(str(e)), e.args)
r.get2("q")
