# Bank ledger: commands from stdin, account name from argv; raises uncaught custom error at end
import sys


class InsufficientFunds(Exception):
    def __init__(self, account: str, need: int, have: int) -> None:
        super().__init__(f"{account}: need {need}, have {have}")
        self.need = need
        self.have = have


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0
        self.log: list[str] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        self.log.append(f"+{amount}")

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance -= amount
        self.log.append(f"-{amount}")


if len(sys.argv) < 2:
    print("usage: bank.py OWNER [--strict]", file=sys.stderr)
    sys.exit(2)
acct = Account(sys.argv[1])
strict = "--strict" in sys.argv[2:]
for line in sys.stdin:
    parts = line.split()
    if len(parts) != 2:
        continue
    op, amt_s = parts
    amt = int(amt_s)
    try:
        if op == "dep":
            acct.deposit(amt)
        elif op == "wd":
            acct.withdraw(amt)
        print(f"{op:>3} {amt:>6} -> balance {acct.balance:>7,}")
    except ValueError as e:
        print("rejected:", e)
    except InsufficientFunds as e:
        print(f"declined (short by {e.need - e.have})")
        if strict:
            raise
print("log:", " ".join(acct.log))
