# an account hierarchy with an overridden withdraw that raises; errors caught per account
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def kind(self):
        return "basic"


class Savings(Account):
    def __init__(self, owner, balance, limit):
        super().__init__(owner, balance)
        self.limit = limit
        self.count = 0

    def withdraw(self, amount):
        if self.count >= self.limit:
            raise RuntimeError(f"{self.owner}: withdrawal limit {self.limit} reached")
        super().withdraw(amount)
        self.count += 1

    def kind(self):
        return "savings"


class Overdraft(Account):
    def __init__(self, owner, balance, overdraft):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise ValueError(f"over limit by {amount - self.balance - self.overdraft}")
        self.balance -= amount
        self.history.append(-amount)

    def kind(self):
        return "overdraft"


accounts = [Account("ann", 100), Savings("bob", 500, 2), Overdraft("cy", 50, 100)]
for amt in [30, 80, 0, 120]:
    for acc in accounts:
        try:
            acc.withdraw(amt)
            print(acc.owner, "took", amt, "->", acc.balance)
        except ValueError as e:
            print(acc.owner, "ValueError:", e)
        except RuntimeError as e:
            print(acc.owner, "RuntimeError:", e)
for acc in accounts:
    acc.deposit(10)
    print(acc.kind(), acc.owner, acc.balance, acc.history)
print(sum([a.balance for a in accounts]))
