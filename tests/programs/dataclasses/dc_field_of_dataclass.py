# dataclass instances as fields of other dataclasses; aliasing through the outer object
from dataclasses import dataclass, field


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Person:
    name: str
    home: Address
    work: Address


@dataclass
class Company:
    name: str
    staff: list[Person] = field(default_factory=list)


hq = Address("Oslo", "0150")
ann = Person("ann", Address("Bergen", "5003"), hq)
bob = Person("bob", Address("Oslo", "0151"), hq)
acme = Company("acme", [ann, bob])
print(acme)
hq.zip = "0999"
print(ann.work, bob.work)
acme.staff[1].home.city = "Tromso"
print(bob.home)
print(ann.work == bob.work, ann.home == bob.home)
print([p.name for p in acme.staff if p.home.city == "Bergen"])
