# __exit__ inspects the exception class with issubclass/isinstance and suppresses ValueError subclasses only
class MyErr(ValueError):
    pass
class M:
    def __enter__(self):
        return self
    def __exit__(self, t, e, tb) -> bool:
        if t is None:
            return False
        print(t.__name__, issubclass(t, ValueError), isinstance(e, MyErr), str(e), tb is None)
        return issubclass(t, ValueError)
with M():
    raise MyErr("m")
with M():
    raise ValueError("v")
try:
    with M():
        raise KeyError("k")
except KeyError as k:
    print("escaped", k)
