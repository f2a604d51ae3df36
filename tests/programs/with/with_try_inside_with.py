# try/except/finally inside a with body: handled exceptions never reach __exit__
class Session:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("open")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("close:" + ("clean" if exc_type is None else exc_type.__name__))
        return False


s = Session()
with s:
    for x in ["1", "two", "3"]:
        try:
            s.log.append("int " + str(int(x)))
        except ValueError:
            s.log.append("bad " + x)
        finally:
            s.log.append("f")
print(s.log)

s2 = Session()
try:
    with s2:
        try:
            raise ValueError("inner")
        except ValueError as e:
            s2.log.append("caught " + str(e))
            raise TypeError("converted")
        finally:
            s2.log.append("finally")
except TypeError as e:
    s2.log.append("outer " + str(e))
print(s2.log)
