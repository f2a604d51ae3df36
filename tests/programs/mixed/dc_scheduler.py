# a job scheduler: ordered frozen dataclass keys, a mutable dataclass queue, custom errors on conflicts
from dataclasses import dataclass, field


class ScheduleError(Exception):
    def __init__(self, slot: "Slot", owner: str):
        super().__init__(f"slot {slot.day}/{slot.hour} taken by {owner}")
        self.slot = slot
        self.owner = owner


@dataclass(frozen=True, order=True)
class Slot:
    day: int
    hour: int

    def next(self) -> "Slot":
        if self.hour == 17:
            return Slot(self.day + 1, 9)
        return Slot(self.day, self.hour + 1)


@dataclass
class Calendar:
    booked: dict[Slot, str] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def book(self, slot: Slot, who: str) -> Slot:
        if slot in self.booked:
            raise ScheduleError(slot, self.booked[slot])
        self.booked[slot] = who
        self.log.append(who)
        return slot

    def book_first_free(self, start: Slot, who: str) -> Slot:
        s = start
        while True:
            try:
                return self.book(s, who)
            except ScheduleError as e:
                self.log.append("skip " + e.owner)
                s = s.next()


cal = Calendar()
cal.book(Slot(1, 16), "ann")
cal.book(Slot(1, 17), "bob")
print(cal.book_first_free(Slot(1, 16), "cy"))
try:
    cal.book(Slot(1, 17), "dee")
except ScheduleError as e:
    print(e, e.slot, e.slot == Slot(1, 17), e.args)
for s in sorted(cal.booked):
    print(s, cal.booked[s])
print(min(cal.booked), max(cal.booked), cal.log)
print(Slot(2, 9) > Slot(1, 17), Slot(1, 9) <= Slot(1, 9), Slot(3, 1).next().next())
