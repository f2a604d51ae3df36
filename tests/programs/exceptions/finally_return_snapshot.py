# The value returned from try is fixed before finally runs: rebinding the name in finally doesn't change it, mutating a list does.
def scalar():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x to", x)


def mutated():
    items = [1]
    try:
        return items
    finally:
        items.append(2)


def text():
    s = "before"
    try:
        return s + "!"
    finally:
        s = "after"
        print("finally set s to", s)


print(scalar())
print(mutated())
print(text())
