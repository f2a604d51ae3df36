# a user container with __len__, __getitem__, __contains__, __bool__ and __iter__, used at module level and in a function
class Deck:
    def __init__(self, cards: list[str]):
        self.cards = cards

    def __len__(self) -> int:
        return len(self.cards)

    def __getitem__(self, i: int) -> str:
        return self.cards[i]

    def __contains__(self, c: str) -> bool:
        return c in self.cards

    def __iter__(self):
        return iter(self.cards)

    def draw(self) -> str:
        return self.cards.pop()


d = Deck(["7h", "Qs", "2c", "Ad"])
print(len(d), d[0], d[-1], "Qs" in d, "Kd" in d, "Kd" not in d)
print([c for c in d if c[0] in "AKQJ"])
while d:
    print("draw", d.draw(), len(d))
print(bool(d), len(d))


def deal(n: int) -> list[str]:
    deck = Deck([str(i) + "x" for i in range(n)])
    out: list[str] = []
    for c in deck:
        if c in deck and len(out) < 3:
            out.append(c)
    if not deck:
        out.append("empty")
    return out


print(deal(5), deal(0))
try:
    print(Deck([])[0])
except IndexError as e:
    print("index error:", e)
