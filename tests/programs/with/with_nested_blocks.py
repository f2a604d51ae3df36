# nested with statements: enters outer to inner, exits inner to outer; an exception unwinds both
class Level:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " + "enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit " + self.name + " clean")
        else:
            print("  exit " + self.name + " with " + exc_type.__name__ + ": " + str(exc))
        return False


print("normal:")
with Level("a") as a:
    with Level("b") as b:
        with Level("c") as c:
            print("  body", a.name, b.name, c.name)
print("error:")
try:
    with Level("x"):
        with Level("y"):
            print("  about to fail")
            raise ValueError("deep")
        print("  not reached")
except ValueError as e:
    print("caught", e)
print("mixed:")
with Level("outer"):
    try:
        with Level("inner"):
            raise KeyError("k")
    except KeyError as e:
        print("  handled", repr(e))
print("end")
