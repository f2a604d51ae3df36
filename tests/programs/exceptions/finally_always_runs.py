# finally runs after a normal try body, after a handled exception, and while an unhandled exception propagates.
def f(k):
    try:
        print("  body", k)
        if k == 1:
            raise ValueError("one")
        if k == 2:
            raise KeyError("two")
        print("  body end", k)
    except ValueError as e:
        print("  handled", e)
    finally:
        print("  finally", k)
    print("  after try", k)


for k in range(3):
    print("call", k)
    try:
        f(k)
    except KeyError as e:
        print("caller caught", e)
print("end")
