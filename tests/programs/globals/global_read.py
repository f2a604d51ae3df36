# Functions read module-level variables without declaring them global.
RATE = 0.25
NAME = "kiln"
LIMIT = 3


def tax(amount):
    return amount * RATE


def banner():
    return "<" + NAME + ">"


def within(x):
    return x <= LIMIT


print(tax(100.0), banner(), within(2), within(4))
RATE = 0.5
NAME = "oven"
LIMIT = 10
print(tax(100.0), banner(), within(4))
