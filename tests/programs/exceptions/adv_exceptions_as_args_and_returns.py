# exceptions returned from functions and passed as arguments, then raised and caught by class
def make(n):
    if n % 2:
        return ValueError("odd " + str(n))
    return KeyError(n)
def fire(e):
    raise e
for i in range(3):
    e = make(i)
    print(repr(e))
    try:
        fire(e)
    except LookupError as x:
        print("lookup", x)
    except ValueError as x:
        print("value", x, repr(x) == repr(e))
