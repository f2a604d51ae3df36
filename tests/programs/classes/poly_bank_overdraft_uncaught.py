# an overridden withdraw raising through a base-typed parameter: uncaught ValueError traceback
class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance


class Frozen(Account):
    def withdraw(self, amount):
        raise ValueError(f"account frozen, cannot withdraw {amount}")


class Fee(Account):
    def withdraw(self, amount):
        return super().withdraw(amount + 1)


def pay(acc, amount):
    left = acc.withdraw(amount)
    print("paid", amount, "left", left)
    return left


accts = [Account(50), Fee(50), Frozen(50)]
pay(accts[0], 20)
pay(accts[1], 20)
try:
    pay(accts[1], 40)
except ValueError as e:
    print("declined:", e)
for a in accts:
    pay(a, 5)
