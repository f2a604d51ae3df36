# exceptions raised in methods, caught by callers; finally in methods
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.log = []
    def withdraw(self, amt):
        try:
            if amt > self.balance:
                raise ValueError(f"insufficient: {self.balance} < {amt}")
            self.balance -= amt
            return self.balance
        finally:
            self.log.append(amt)
    def div(self, n):
        return self.balance // n
a = Account(100)
print(a.withdraw(30))
try:
    a.withdraw(500)
except ValueError as e:
    print("error:", e)
try:
    a.div(0)
except ZeroDivisionError as e:
    print("zde:", e)
print(a.log, a.balance)
