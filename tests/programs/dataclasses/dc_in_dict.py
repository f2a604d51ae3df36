# dataclass instances as dict values: lookup, mutation through the dict, rebuilding
from dataclasses import dataclass


@dataclass
class Player:
    name: str
    score: int = 0
    level: int = 1


roster: dict[str, Player] = {}
for n in ["ann", "bob", "cid"]:
    roster[n] = Player(n)
roster["bob"].score += 30
roster["ann"].score += 10
roster["bob"].level = 2
p = roster["cid"]
p.score = 99
print(roster)
for name, pl in roster.items():
    print(name, pl.score, pl.level)
best = ""
top = -1
for pl in roster.values():
    if pl.score > top:
        top = pl.score
        best = pl.name
print(best, top)
print(roster["cid"] == Player("cid", 99))
