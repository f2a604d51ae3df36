# @dataclass(order=True): comparisons are lexicographic over the fields in order
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int


a = Version(1, 2, 3)
b = Version(1, 3, 0)
c = Version(1, 2, 3)
print(a < b, a <= b, a > b, a >= b)
print(b < a, b <= a, b > a, b >= a)
print(a < c, a <= c, a > c, a >= c, a == c)
print(Version(2, 0, 0) > Version(1, 99, 99))
print(Version(0, 0, 1) < Version(0, 0, 2))
print(Version(0, 1, 0) >= Version(0, 0, 9))
v = Version(3, 1, 4)
print(Version(3, 1, 4) <= v <= Version(3, 1, 5))
