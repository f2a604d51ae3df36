# uncaught user-defined exception raised from a dataclass method called by another method
from dataclasses import dataclass


class OverdrawError(Exception):
    pass


@dataclass
class Wallet:
    owner: str
    coins: int = 0

    def spend(self, n: int) -> None:
        if n > self.coins:
            raise OverdrawError(self.owner + " has only " + str(self.coins))
        self.coins -= n

    def spend_all(self, amounts: list[int]) -> None:
        for a in amounts:
            self.spend(a)
            print("spent", a, "left", self.coins)


w = Wallet("kim", 10)
w.spend_all([3, 4, 5, 1])
