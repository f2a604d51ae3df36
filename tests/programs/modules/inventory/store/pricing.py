DISCOUNT = 0.1
changes = 0


def discounted(amount):
    return round(amount * (1 - DISCOUNT), 2)


def set_discount(rate):
    global DISCOUNT, changes
    DISCOUNT = rate
    changes += 1
