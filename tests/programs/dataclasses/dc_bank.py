# a small bank: accounts as dataclasses holding transaction dataclasses; caught errors
from dataclasses import dataclass, field


@dataclass
class Txn:
    kind: str
    amount: int


class InsufficientFunds(Exception):
    pass


@dataclass
class Account:
    owner: str
    balance: int = 0
    log: list[Txn] = field(default_factory=list)

    def deposit(self, amount: int) -> None:
        self.balance += amount
        self.log.append(Txn("dep", amount))

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(self.owner + " needs " + str(amount - self.balance))
        self.balance -= amount
        self.log.append(Txn("wd", amount))


accts = [Account("ann"), Account("bob", 50)]
accts[0].deposit(100)
for a, amt in [(accts[0], 30), (accts[1], 80), (accts[1], 20)]:
    try:
        a.withdraw(amt)
    except InsufficientFunds as e:
        print("refused:", e)
for a in accts:
    print(a)
