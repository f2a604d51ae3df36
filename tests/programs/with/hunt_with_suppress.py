class CM:
    def __init__(self, fe: bool, fx: bool):
        self.fe = fe
        self.fx = fx
    def __enter__(self):
        if self.fe:
            raise RuntimeError("enter")
        return self
    def __exit__(self, et, ev, tb):
        if self.fx:
            raise ValueError("exit")
        return False
class Sup:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, et, ev, tb):
        print("sup", et.__name__ if et else None, ev)
        return 1
with Sup() as (a, b):
    print(a + b)
    raise KeyError(a)
print("after")
def f():
    with Sup():
        return 10 // 0
print(f())
try:
    with CM(False, False):
        raise ValueError("v")
except ValueError as e:
    print("got", e)
    with CM(False, True):
        pass
