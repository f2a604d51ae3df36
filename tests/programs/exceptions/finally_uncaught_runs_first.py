# With no handler anywhere, every finally runs (and prints) before the program dies with the traceback.
def inner(n):
    try:
        print("inner computing", n)
        return 100 // n
    finally:
        print("inner finally")


def outer(n):
    try:
        return inner(n) + 1
    finally:
        print("outer finally")


print(outer(4))
print(outer(0))
print("never printed")
