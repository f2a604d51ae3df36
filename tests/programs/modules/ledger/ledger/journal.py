print("init", __name__)
entries: list[tuple[int, str, int, str]] = []
_seq = 0


def record(account: str, amount: int, memo: str) -> int:
    global _seq
    _seq += 1
    entries.append((_seq, account, amount, memo))
    return _seq


def transfer(src: str, dst: str, amount: int, memo: str) -> None:
    from_acct = lookup_account(src)
    to_acct = lookup_account(dst)
    if from_acct.kind == "asset" and from_acct.balance < amount:
        raise ValueError(f"insufficient funds in {src}: {from_acct.balance} < {amount}")
    from_acct.post(-amount, memo)
    to_acct.post(amount, memo)


def lookup_account(name: str) -> "accounts.Account":
    return accounts.lookup(name)


from ledger import accounts
