# a transaction-style manager: commit on clean exit, rollback (and re-raise) on error
class Account:
    def __init__(self, balance):
        self.balance = balance

class Transaction:
    def __init__(self, acct):
        self.acct = acct
        self.saved = 0
        self.commits = 0
        self.rollbacks = 0
    def __enter__(self):
        self.saved = self.acct.balance
        return self.acct
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commits += 1
            print("commit", self.acct.balance)
        else:
            self.acct.balance = self.saved
            self.rollbacks += 1
            print("rollback to", self.saved, "because", exc_type.__name__, exc)
        return False

def withdraw(acct, amount):
    acct.balance -= amount
    if acct.balance < 0:
        raise ValueError("overdraft by " + str(-acct.balance))

acct = Account(100)
tx = Transaction(acct)
for amount in [30, 50, 40, 20]:
    try:
        with tx as a:
            withdraw(a, amount)
    except ValueError as e:
        print("refused:", e)
    print("balance", acct.balance)
print("commits", tx.commits, "rollbacks", tx.rollbacks)
