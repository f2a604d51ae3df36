# order=True together with frozen=True: sortable, hashable value objects
from dataclasses import dataclass


@dataclass(order=True, frozen=True)
class Date:
    year: int
    month: int
    day: int


events: dict[Date, list[str]] = {}
for d, what in [(Date(2024, 5, 1), "a"), (Date(2023, 12, 31), "b"), (Date(2024, 5, 1), "c"), (Date(2024, 1, 9), "d")]:
    if d not in events:
        events[d] = []
    events[d].append(what)
for d in sorted(events):
    print(d.year, d.month, d.day, events[d])
print(min(events), max(events))
print(Date(2024, 1, 9) < Date(2024, 5, 1) <= Date(2024, 5, 1))
print(len(set([Date(1, 1, 1), Date(1, 1, 1), Date(1, 1, 2)])))
