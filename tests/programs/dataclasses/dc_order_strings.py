# order=True with a str first field: ties broken by later fields; min/max/sorted
from dataclasses import dataclass


@dataclass(order=True)
class Student:
    last: str
    first: str
    age: int


people = [
    Student("smith", "ann", 30),
    Student("jones", "bob", 25),
    Student("smith", "al", 41),
    Student("smith", "ann", 29),
    Student("adams", "zoe", 18),
]
for s in sorted(people):
    print(s.last, s.first, s.age)
print(min(people))
print(max(people))
print(people[0] > people[3], people[2] < people[0])
