class CM:
    def __init__(self, name: str, fail_enter: bool, fail_exit: bool):
        self.name = name
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et is None)
        if self.fail_exit:
            raise ValueError("exit " + self.name)
        return False

def f(n):
    for i in range(3):
        with CM("a%d" % i, False, i == n):
            if i == 0:
                continue
            if i == 1:
                break
    return n

def g():
    with CM("g", False, True):
        return 5

def h():
    with CM("h1", False, False), \
         CM("h2", False, True):
        print("body")

for fn in [0, 1]:
    try:
        f(fn)
    except ValueError as e:
        print("caught", e)
try:
    g()
except ValueError as e:
    print("caught", e)
try:
    h()
except ValueError as e:
    print("caught", e)
with (
    CM("p1", False, False) as a,
    CM("p2", False, False) as b,
):
    print(a.name, b.name)
with (
    CM("q1", False, False) as a,
    CM("q2", False, True) as b,
):
    print(a.name, b.name)
