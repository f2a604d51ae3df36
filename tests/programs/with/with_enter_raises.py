# an exception in __enter__ (or in the manager expression) means the body and __exit__ never run
class AccessDenied(Exception):
    pass

class Picky:
    def __init__(self, ok):
        print("init", ok)
        self.ok = ok
    def __enter__(self):
        print("enter", self.ok)
        if not self.ok:
            raise AccessDenied("not allowed")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.ok)
        return True

def make(n):
    if n < 0:
        raise ValueError("negative")
    return Picky(n > 0)

for n in [1, 0, -1]:
    try:
        with make(n) as p:
            print("body", p.ok)
        print("completed", n)
    except AccessDenied as e:
        print("AccessDenied", e)
    except ValueError as e:
        print("ValueError", e)

try:
    with Picky(True) as a, Picky(False) as b:
        print("body", a.ok, b.ok)
except AccessDenied as e:
    print("second failed:", e)
