# Methods with defaults and keyword arguments, raising from methods, catching at the caller.
class Account:
    rate = 0.02

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount, fee=0.0):
        total = amount + fee
        if total > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds for {total:.2f}")
        self.balance -= total
        self.history.append(("withdraw", total))
        return self.balance

    def interest(self):
        return round(self.balance * Account.rate, 2)


a = Account("ann", 100.0)
a.deposit(50.0)
print(a.withdraw(30.0, fee=1.5))
print(a.withdraw(amount=10.0))
for amount in [-5.0, 500.0]:
    try:
        if amount < 0:
            a.deposit(amount)
        else:
            a.withdraw(amount)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
print(a.balance, a.interest(), len(a.history))
for kind, amount in a.history:
    print(f"{kind:>8} {amount:8.2f}")
b = Account("bob")
print(b.balance, b.owner)
