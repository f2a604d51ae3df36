# A bank ledger: transactions from stdin, balances kept per account, a statement file per
# account, and an uncaught error at the end for an overdraft.
import sys

class InsufficientFunds(Exception):
    def __init__(self, account, needed):
        super().__init__(f"account {account} short by {needed / 100:.2f}")
        self.account = account

class Account:
    def __init__(self, name):
        self.name = name
        self.cents = 0
        self.history = []

    def apply(self, amount, memo):
        if self.cents + amount < 0:
            raise InsufficientFunds(self.name, -(self.cents + amount))
        self.cents += amount
        self.history.append((memo, amount, self.cents))

    def statement(self):
        path = f"stmt_{self.name}.txt"
        with open(path, "w") as f:
            f.write(f"Statement for {self.name}\n")
            for memo, amount, bal in self.history:
                sign = "+" if amount >= 0 else "-"
                whole, frac = divmod(abs(amount), 100)
                f.write(f"  {memo:<12}{sign}{whole:>6}.{frac:02d}  {bal / 100:>10.2f}\n")
        return path

def parse_amount(text):
    whole, _, frac = text.partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int((frac + "00")[:2]))

accounts = {}
pending = []
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "---":
        break
    name, amount, memo = line.split(maxsplit=2)
    acct = accounts.setdefault(name, Account(name))
    try:
        acct.apply(parse_amount(amount), memo)
    except InsufficientFunds as e:
        print("rejected:", e)
        pending.append(line)

for name in sorted(accounts):
    path = accounts[name].statement()
    with open(path) as f:
        print(f.read(), end="")
print("pending:", pending)
later = sys.stdin.read().split()
print("after marker:", later)
accounts["bob"].apply(parse_amount(later[0]), "final")
print("not reached")
