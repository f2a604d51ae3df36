# while __exit__ handles the body's exception, that exception is the active one: a bare raise re-raises it
class Rethrow:
    def __init__(self):
        self.calls = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.calls += 1
        if exc_type is None:
            return False
        try:
            raise
        except ValueError as e:
            print("re-raised inside exit:", e, e is exc)
        return True


r = Rethrow()
with r:
    raise ValueError("active")
print("after", r.calls)
with r:
    print("clean body")
print("after", r.calls)
