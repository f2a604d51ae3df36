# a bank with custom exception classes carrying fields, caught by base and subclass
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account: str, needed: int, available: int):
        super().__init__(f"{account}: need {needed}, have {available}")
        self.account = account
        self.needed = needed
        self.available = available


class UnknownAccount(BankError):
    pass


class Bank:
    def __init__(self):
        self.balances: dict[str, int] = {}

    def open(self, name: str, amount: int) -> None:
        self.balances[name] = amount

    def withdraw(self, name: str, amount: int) -> int:
        if name not in self.balances:
            raise UnknownAccount(name)
        bal = self.balances[name]
        if bal < amount:
            raise InsufficientFunds(name, amount, bal)
        self.balances[name] = bal - amount
        return self.balances[name]


bank = Bank()
bank.open("ann", 100)
bank.open("bob", 20)
for who, amt in [("ann", 30), ("bob", 50), ("cid", 1), ("ann", 80)]:
    try:
        left = bank.withdraw(who, amt)
        print("ok", who, left)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed - e.available, e.args)
    except BankError as e:
        print("bank error:", type(e).__name__, e, e.args, repr(e))
print(bank.balances)
