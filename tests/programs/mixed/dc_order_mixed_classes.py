# order=True comparisons between a dataclass and its dataclass subclass raise TypeError
from dataclasses import dataclass


@dataclass(order=True)
class Money:
    cents: int
    currency: str = "EUR"


@dataclass(order=True)
class Coin(Money):
    year: int = 2000


wallet = [Money(150), Money(99, "USD"), Money(150, "AUD")]
print(sorted(wallet))
print(Coin(5, "EUR", 1999) < Coin(5, "EUR", 2001), Coin(1) == Coin(1))
print(Money(5) == Coin(5))
try:
    print(Money(5) < Coin(6))
except TypeError as e:
    print("error:", type(e).__name__)
coins = [Coin(10, "EUR", 2010), Coin(10, "EUR", 1990), Coin(2)]
print(min(coins), max(coins))
print(sorted(coins, key=lambda c: c.year))
