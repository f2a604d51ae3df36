# __eq__/__lt__ defined once in the base; sorting, min/max, ==, in and index over a mixed list
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        if self.rank != other.rank:
            return self.rank < other.rank
        return self.suit < other.suit

    def __repr__(self):
        return f"{self.rank}{self.suit}"


class Face(Card):
    def __repr__(self):
        return "JQK"[self.rank - 11] + self.suit


class Ace(Card):
    def __init__(self, suit):
        super().__init__(14, suit)

    def __repr__(self):
        return "A" + self.suit


hand = [Face(12, "h"), Card(7, "s"), Ace("d"), Card(7, "c"), Face(11, "s"), Card(2, "h"), Ace("c")]
print(hand)
print(sorted(hand))
print(min(hand), max(hand))
print(hand[0] == Face(12, "h"), hand[0] == Card(12, "h"), hand[1] == hand[3])
print(Card(14, "d") in hand, Card(3, "d") in hand, hand.index(Card(14, "c")))
print(hand[2] < hand[0], hand[1] < hand[3], hand[3] < hand[1])
print(hand[2] > hand[5], hand[5] > hand[2])
hand.sort(reverse=True)
print(hand)
