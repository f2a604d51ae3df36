# class attributes without annotations are not fields: not in __init__, repr or __eq__
from dataclasses import dataclass


@dataclass
class Ticket:
    number: int
    title: str = "untitled"
    prefix = "TCK"
    issued = 0

    def code(self) -> str:
        return Ticket.prefix + "-" + str(self.number)


a = Ticket(7, "crash")
Ticket.issued += 1
b = Ticket(8)
Ticket.issued += 1
print(a, b)
print(a.code(), b.code())
print(Ticket.issued, a.issued, b.prefix)
Ticket.prefix = "BUG"
print(a.code())
print(Ticket(7, "crash") == a)
