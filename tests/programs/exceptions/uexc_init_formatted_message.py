# __init__ takes structured data and builds the message passed to super().__init__
class RangeError(Exception):
    def __init__(self, value, lo, hi):
        super().__init__(f"{value} not in [{lo}, {hi}]")
        self.value = value
        self.lo = lo
        self.hi = hi


def check(v):
    if v < 0 or v > 10:
        raise RangeError(v, 0, 10)
    return v


total = 0
for v in [3, 11, -2, 10]:
    try:
        total += check(v)
    except RangeError as e:
        print("rejected:", e)
        print("  value/lo/hi:", e.value, e.lo, e.hi)
        print("  args:", e.args, "repr:", repr(e))
print("total", total)
