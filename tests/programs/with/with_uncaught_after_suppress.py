# a manager that suppresses KeyError but not IndexError: the loop survives the first, not the second
class OnlyKeys:
    def __init__(self):
        self.suppressed = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, KeyError):
            self.suppressed += 1
            print("suppressed", repr(exc))
            return True
        if exc is not None:
            print("letting through", type(exc).__name__)
        return False


ok = OnlyKeys()
d = {"a": [1, 2]}
for key, idx in [("a", 0), ("b", 0), ("a", 1), ("c", 1), ("a", 2)]:
    with ok:
        print(key, idx, d[key][idx])
print("unreachable", ok.suppressed)
