# "raise MyError" with the bare class creates an instance with no arguments
class Stop(Exception):
    pass


class HardStop(Stop):
    pass


def step(k):
    if k == 1:
        raise Stop
    if k == 2:
        raise HardStop
    return k * 10


for k in range(3):
    try:
        print("step", step(k))
    except Stop as e:
        print("caught", type(e).__name__, repr(e), "[" + str(e) + "]", e.args, len(e.args))
try:
    raise HardStop
except HardStop:
    print("bare class caught without binding")
