# a suppressing manager inside a loop: each iteration's failure is swallowed and the loop goes on
class Ignore:
    def __init__(self, kind):
        self.kind = kind
        self.ignored = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            return False
        if self.kind == "lookup" and isinstance(exc, LookupError):
            self.ignored += 1
            return True
        return False


data = {"a": 1, "b": 2}
keys = ["a", "x", "b", "y", "z"]
ig = Ignore("lookup")
total = 0
for k in keys:
    with ig:
        total += data[k]
        print("got", k)
print(total, ig.ignored)

nums = [1, 2, 3]
for i in range(5):
    with ig:
        print("index", i, nums[i])
print(ig.ignored)
try:
    for i in range(3):
        with ig:
            print(10 // (1 - i))
except ZeroDivisionError as e:
    print("not ignored:", e)
print(ig.ignored)
