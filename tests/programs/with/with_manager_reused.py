# one manager object used twice in a row, nested in itself, and with a failure between uses
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.errors = []

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        if exc_type is not None:
            self.errors.append(str(exc))
        return exc_type is not None and self.exited % 2 == 0


c = Counter()
with c as n1:
    print("first use", n1)
with c as n2:
    print("second use", n2)
    raise ValueError("v2")
print("suppressed?", c.errors)
try:
    with c as n3:
        print("third use", n3)
        raise ValueError("v3")
except ValueError as e:
    print("propagated", e)
with c as a:
    with c as b:
        print("nested", a, b)
print(c.entered, c.exited, c.errors)
