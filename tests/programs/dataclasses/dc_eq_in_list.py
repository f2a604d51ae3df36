# list membership, index, count and remove all use the generated __eq__
from dataclasses import dataclass


@dataclass
class Card:
    rank: int
    suit: str


hand = [Card(10, "h"), Card(3, "s"), Card(10, "h"), Card(7, "d")]
print(Card(3, "s") in hand)
print(Card(3, "h") in hand)
print(Card(3, "h") not in hand)
print(hand.index(Card(7, "d")))
print(hand.count(Card(10, "h")))
hand.remove(Card(10, "h"))
print(hand)
print(hand.index(Card(10, "h")))
try:
    hand.index(Card(1, "c"))
except ValueError as e:
    print("ValueError", e)
