# the three __exit__ arguments printed directly: the class object, the exception's repr, traceback presence
class NotReady(Exception):
    pass


class Show:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exc_type:", exc_type)
        print("exc:", repr(exc))
        print("has tb:", tb is not None)
        if exc is not None:
            print("same class:", exc_type.__name__ == type(exc).__name__)
        return True


with Show():
    pass
with Show():
    raise ValueError("v", 2)
with Show():
    raise NotReady("later")
with Show():
    raise KeyError("key")
with Show():
    x = [1][5]
print("end")
