# a small bank/inventory simulation: many instances, dict of instances, transfers with exceptions
class Account:
    fee = 1
    opened = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account.opened += 1
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        total = amt + Account.fee
        if total > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds ({self.balance} < {total})")
        self.balance -= total
        self.history.append(("wd", amt))
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
        self.failed = 0
    def open(self, owner, amt):
        a = Account(owner, amt)
        self.accounts[owner] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
            self.accounts[dst].deposit(amt)
            return True
        except ValueError as e:
            print("failed:", e)
            self.failed += 1
            return False
        except KeyError as e:
            print("no account", e)
            self.failed += 1
            return False
b = Bank()
for i, name in enumerate(["ann", "bob", "cy"]):
    b.open(name, 100 * (i + 1))
print(b.transfer("ann", "bob", 50), b.transfer("ann", "cy", 60), b.transfer("zed", "ann", 1), b.transfer("bob", "cy", -5))
Account.fee = 0
for _ in range(3):
    b.transfer("cy", "ann", 100)
print(sorted(b.accounts.values(), key=lambda a: a.balance))
print(Account.opened, b.failed, b.accounts["ann"].history)
