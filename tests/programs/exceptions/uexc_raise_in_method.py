# methods raise user exceptions; callers catch them and the object state stays consistent
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__("need " + str(needed) + " more")
        self.needed = needed


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        return self.balance

    def pay_all(self, amounts):
        paid = 0
        for a in amounts:
            try:
                self.withdraw(a)
                paid += 1
            except InsufficientFunds as e:
                print("  skip", a, "-", e)
        return paid


acct = Account(100)
print(acct.withdraw(30))
try:
    acct.withdraw(500)
except InsufficientFunds as e:
    print("caught:", e, e.needed, acct.balance)
print("paid", acct.pay_all([20, 60, 10, 45]), "left", acct.balance)
