# chained exceptions across methods: raise from, implicit context, bare re-raise; uncaught traceback shows both
class Store:
    def __init__(self):
        self.data = {"a": 1}
        self.errors = 0
    def get(self, k):
        try:
            return self.data[k]
        except KeyError as e:
            self.errors += 1
            raise ValueError(f"no key {k}") from e
    def get_or_fail(self, k):
        try:
            return self.get(k)
        except ValueError:
            self.errors += 10
            raise
    def convert(self, k):
        try:
            return int(self.get_or_fail(k))
        except ValueError:
            return int("bad" + k)
s = Store()
print(s.get("a"))
try:
    s.get_or_fail("b")
except ValueError as e:
    print("caught:", e, s.errors)
s.convert("c")
