import ledger
import ledger.accounts
from ledger.accounts import Account, all_accounts
from ledger.journal import transfer, entries
from ledger import journal, config

if __name__ == "__main__":
    print("main as", __name__, "package", ledger.__name__)
    Account("cash", "asset")
    Account("bank", "asset")
    Account("rent", "expense")
    Account("salary", "income")
    transfer("salary", "bank", 500000, "paycheck")
    transfer("bank", "cash", 20000, "atm")
    transfer("bank", "rent", 150000, "june rent")
    try:
        transfer("cash", "rent", 999999, "too much")
    except ValueError as e:
        print("rejected:", e)
    try:
        transfer("cash", "nowhere", 1, "typo")
    except KeyError as e:
        print("no such account:", e)
    for a in all_accounts():
        print(a)
    old = config.set_currency("EUR")
    print("currency", old, "->", ledger.config.currency, "changes", config.changes)
    print(ledger.accounts.lookup("bank"))
    print("entries:", len(entries), len(journal.entries), entries[-1])
    print("count:", Account.count, sum(a.balance for a in all_accounts()))
    for seq, acct, amt, memo in journal.entries:
        print(f"{seq:>3} {acct:<7}{amt:>+9} {memo}")
