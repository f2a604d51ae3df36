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
def f():
    with CM(False, True):
        return 1
print(f())
