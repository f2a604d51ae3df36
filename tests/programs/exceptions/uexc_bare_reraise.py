# bare "raise" in a handler re-raises the same user exception object, with fields updated on the way
class Trace(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.path = []


def level3():
    raise Trace("deep")


def level2():
    try:
        level3()
    except Trace as e:
        e.path.append(2)
        raise


def level1():
    try:
        level2()
    except Trace as e:
        e.path.append(1)
        raise


try:
    level1()
except Trace as e:
    e.path.append(0)
    print(e, e.path, repr(e))
