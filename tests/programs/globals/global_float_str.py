# Globals of float and str type modified from several functions.
balance = 100.0
log = ""


def deposit(x):
    global balance, log
    balance = balance + x
    log = log + "+" + str(x)


def withdraw(x):
    global balance, log
    if x > balance:
        log = log + " !" + str(x)
        return
    balance -= x
    log = log + " -" + str(x)


def interest():
    global balance
    balance *= 1.05


deposit(50.0)
withdraw(30.5)
withdraw(1000.0)
interest()
deposit(0.1)
print(balance)
print(log)
print(round(balance, 2))
