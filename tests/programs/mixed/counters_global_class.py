# class-level counters vs instance attributes vs module globals updated from methods, at module level and in functions
created = 0


class Ticket:
    issued = 0
    prefix = "T"

    def __init__(self, owner: str):
        global created
        created += 1
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner

    def code(self) -> str:
        return f"{self.prefix}{self.number:03d}-{self.owner}"


class VipTicket(Ticket):
    prefix = "V"

    def __init__(self, owner: str):
        super().__init__(owner.upper())
        self.level = "VIP"


tickets: list[Ticket] = [Ticket("ann"), VipTicket("bob"), Ticket("cy")]
print([t.code() for t in tickets], created, Ticket.issued, VipTicket.issued)
Ticket.issued = 100
print(Ticket.issued, VipTicket.issued)
t4 = VipTicket("dee")
print(t4.code(), Ticket.issued, VipTicket.issued, created)


def reissue(ts: list[Ticket]) -> list[str]:
    out: list[str] = []
    for t in ts:
        nt = VipTicket(t.owner) if isinstance(t, VipTicket) else Ticket(t.owner)
        out.append(nt.code())
    return out


print(reissue(tickets), created)
print(Ticket.prefix, VipTicket.prefix, t4.prefix, tickets[1].prefix, t4.level)
