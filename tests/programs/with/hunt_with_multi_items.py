class CM:
    def __init__(self, name: str, fe: bool, fx: bool, sup: bool):
        self.name = name
        self.fe = fe
        self.fx = fx
        self.sup = sup
    def __enter__(self):
        print("enter", self.name)
        if self.fe:
            raise RuntimeError("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "exc" if et is not None else "clean", ev)
        if self.fx:
            raise ValueError("exit " + self.name)
        return self.sup

def run(a: CM, b: CM, c: CM):
    try:
        with a as x, b as y, c as z:
            print("body", x, y, z)
            raise KeyError("body")
        print("after with")
    except Exception as e:
        print("outer caught", type(e).__name__, e)

run(CM("a", False, False, False), CM("b", True, False, False), CM("c", False, False, False))
run(CM("a", False, False, True), CM("b", True, False, False), CM("c", False, False, False))
run(CM("a", False, False, False), CM("b", False, False, True), CM("c", False, True, False))
run(CM("a", False, True, False), CM("b", False, False, True), CM("c", False, False, False))
run(CM("a", False, False, False), CM("b", False, False, False), CM("c", False, False, True))
def gen_ret():
    for i in range(3):
        with CM("r%d" % i, False, False, True):
            if i == 1:
                return i * 10
            raise IndexError(i)
    return -1
print(gen_ret())
with CM("top", False, False, False) as t:
    with CM("inner", False, True, False):
        pass
