# an exception raised in finally replaces the one in flight; nested finally clauses both run on the way out
def f():
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print("caught", repr(e))
except ValueError as e:
    print("wrong", e)
def g():
    try:
        try:
            raise ValueError("a")
        finally:
            print("f1")
    finally:
        print("f2")
try:
    g()
except Exception as e:
    print(repr(e), e)
