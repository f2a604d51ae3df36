print("init", __name__)
PRECISION = 2
currency = "USD"
changes = 0


def set_currency(c: str) -> str:
    global currency, changes
    old = currency
    currency = c
    changes += 1
    return old
