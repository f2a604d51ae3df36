# A __bool__ or __len__ that always raises, tested by an if.
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
try:
    if Bad():
        print("yes")
except ValueError as e:
    print("caught", e)


class Empty:
    def __len__(self):
        raise RuntimeError("no length")


try:
    if Empty():
        print("yes")
except RuntimeError as e:
    print("caught", e)
