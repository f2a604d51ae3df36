# Where CPython's behaviour depends on run-time values kiln does not know, kiln refuses the
# program (`unsupported-*`) instead of claiming CPython raises.
class Box:
    def __init__(self, v: int):
        self.v = v


class Key:
    def __hash__(self) -> str:  # error: [unsupported-special-method]
        return "k"


class Failed(Exception):
    pass


def make(n: int) -> None:
    if n > 0:
        raise Failed("big", n)
    raise Failed(n)


k = Key()
boxes = [Box(1)]
print(max(boxes).v)  # error: [unsupported-call]
b = Box(2)
print(b.__class__(3).v)  # error: [unsupported-call]
try:
    make(1)
except Failed as e:
    print(e.args[0] + 1)  # error: [unsupported-operation]
