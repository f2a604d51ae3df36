# an exception in the body reaches __exit__ with its type, value and a traceback; returning False propagates it
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("type:", exc_type.__name__)
            print("exc:", exc)
            print("tb is None:", tb is None)
            print("isinstance ValueError:", isinstance(exc, ValueError))
            print("isinstance LookupError:", isinstance(exc, LookupError))
        else:
            print("clean exit", exc, tb is None)
        return False


def fail(kind):
    with Watch():
        if kind == 0:
            raise ValueError("bad value")
        if kind == 1:
            return int("xyz")
        if kind == 2:
            d = {"a": 1}
            return d["missing"]
        return 7


for kind in range(4):
    try:
        print("result", fail(kind))
    except Exception as e:
        print("propagated", type(e).__name__, repr(e))
    print("--")
