# a user exception raised from a function called inside a list comprehension aborts the comprehension
class Negative(Exception):
    def __init__(self, v):
        super().__init__("negative value " + str(v))
        self.v = v


def root(v):
    if v < 0:
        raise Negative(v)
    r = 0
    while (r + 1) * (r + 1) <= v:
        r += 1
    return r


for data in [[1, 4, 9, 16], [25, -4, 36], [-1]]:
    try:
        print([root(v) for v in data])
    except Negative as e:
        print("comprehension aborted:", e, e.v)
