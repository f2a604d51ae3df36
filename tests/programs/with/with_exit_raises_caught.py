# an exception raised inside __exit__ itself (on a clean exit and while handling another) is caught outside
class Closer:
    def __init__(self, fail):
        self.fail = fail

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit sees", exc_type.__name__, exc)
        if self.fail:
            raise RuntimeError("close failed")
        return False


try:
    with Closer(True):
        print("body ok")
    print("not reached")
except RuntimeError as e:
    print("caught", type(e).__name__, e)

try:
    with Closer(True):
        raise ValueError("body failed")
except ValueError as e:
    print("caught ValueError", e)
except RuntimeError as e:
    print("caught RuntimeError", e)
    print("ValueError was replaced")

try:
    with Closer(False):
        raise ValueError("plain")
except ValueError as e:
    print("caught ValueError", e)
