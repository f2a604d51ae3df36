# context managers in a list of base-class type: __enter__/__exit__ dispatch to overrides, one suppresses
class Ctx:
    def __init__(self, n: str):
        self.n = n
    def __enter__(self) -> "Ctx":
        print("enter", self.n)
        return self
    def __exit__(self, t, e, tb) -> bool:
        print("exit", self.n)
        return False
class Quiet(Ctx):
    def __exit__(self, t, e, tb) -> bool:
        print("quiet exit", self.n, e)
        return True
class Loud(Ctx):
    def __enter__(self) -> "Ctx":
        print("LOUD ENTER", self.n)
        return self
cs: list[Ctx] = [Ctx("a"), Quiet("b"), Loud("c")]
for c in cs:
    try:
        with c as x:
            print("body", x.n, type(x).__name__)
            raise ValueError(x.n)
    except ValueError as e:
        print("escaped", e)
