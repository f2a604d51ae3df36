print("init", __name__)
from ledger import config
from ledger.journal import record

_registry: dict[str, "Account"] = {}


class Account:
    count = 0

    def __init__(self, name: str, kind: str) -> None:
        self.name = name
        self.kind = kind
        self.balance = 0
        Account.count += 1
        _registry[name] = self

    def post(self, amount: int, memo: str) -> None:
        self.balance += amount
        record(self.name, amount, memo)

    def __repr__(self) -> str:
        units = 10 ** config.PRECISION
        return f"<{self.kind} {self.name}: {self.balance / units:.{config.PRECISION}f} {config.currency}>"


def lookup(name: str) -> Account:
    return _registry[name]


def all_accounts() -> list[Account]:
    return list(_registry.values())
