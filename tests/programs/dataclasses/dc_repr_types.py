# generated __repr__ formats each field with repr(): quoted strings, floats, bools, lists
from dataclasses import dataclass


@dataclass
class Rec:
    s: str
    f: float
    b: bool
    nums: list[int]


print(Rec("abc", 2.5, True, [1, 2, 3]))
print(Rec("it's", 1.0, False, []))
print(Rec('say "hi"', -0.125, True, [-1]))
print(Rec("tab\there", 1e20, False, [10, 20]))
print(Rec("", 3.0, True, [0]))
r = Rec("x", 0.1 + 0.2, False, [7])
print(repr(r))
print(str(r) == repr(r))
r.nums.append(8)
r.s = "new\nline"
print(r)
