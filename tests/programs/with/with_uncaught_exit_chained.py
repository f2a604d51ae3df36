# __exit__ raises a different exception while handling the body's one: uncaught with a chained traceback
class Cleanup:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("cleanup after", exc)
        if exc_type is not None:
            raise RuntimeError("cleanup of " + self.name + " failed")
        return False


def lookup(table, key):
    with Cleanup("table"):
        return table[key]


t = {"a": 1}
print(lookup(t, "a"))
print(lookup(t, "b"))
