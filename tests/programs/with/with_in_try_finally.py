# a with statement inside try/except/else/finally, in loops and functions
class Step:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, "None" if exc_type is None else exc_type.__name__)
        return False


def run(n):
    try:
        with Step("s" + str(n)):
            if n == 1:
                raise KeyError(n)
            if n == 2:
                return "early"
            print("  body", n)
    except KeyError as e:
        print("  except", repr(e))
        return "handled"
    else:
        print("  else", n)
    finally:
        print("  finally", n)
    return "normal"


for n in range(3):
    print("run", n)
    print("->", run(n))
