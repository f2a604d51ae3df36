# A global variable first created inside a function by a global declaration.
def setup():
    global total, label
    total = 10
    label = "sum"


def add(x):
    global total
    total = total + x


setup()
add(5)
add(7)
print(label, total)
total = total * 2
print(label, total)
