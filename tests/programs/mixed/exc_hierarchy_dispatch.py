# a three-level user exception hierarchy caught by tuples, bases and order of handlers; finally bookkeeping
class AppError(Exception):
    code = 1

    def describe(self) -> str:
        return f"[{self.code}] {type(self).__name__}: {self}"


class NetError(AppError):
    code = 10


class Timeout(NetError):
    code = 11

    def __init__(self, secs: float):
        super().__init__(f"after {secs}s")
        self.secs = secs


class DiskError(AppError, ):
    code = 20


def action(i: int) -> str:
    if i == 0:
        raise Timeout(1.5)
    if i == 1:
        raise NetError("unreachable")
    if i == 2:
        raise DiskError("full", 95)
    if i == 3:
        raise AppError()
    if i == 4:
        raise ValueError("plain")
    return "ok"


cleanups = 0
for i in range(6):
    try:
        print(action(i))
    except (Timeout, DiskError) as e:
        print("specific", e, e.args, type(e).__name__)
    except NetError as e:
        print("net", e.describe())
    except AppError as e:
        print("app", e.describe(), repr(e))
    except Exception as e:
        print("other", type(e).__name__, e)
    finally:
        cleanups += 1
print("cleanups", cleanups)
t = Timeout(0.25)
print(isinstance(t, NetError), isinstance(t, AppError), isinstance(t, DiskError), t.secs * 4, t.code)
raise t
