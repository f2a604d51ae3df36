class AppError(Exception):
    pass

class CodeError(Exception):
    def __init__(self, code: int, msg: str):
        super().__init__(code, msg)
        self.code = code

def work(n: int):
    if n == 1:
        raise AppError("bad", 3)
    if n == 2:
        raise AppError("worse", 4)
    raise CodeError(n, "code %d" % n)

for n in [1, 2, 3]:
    try:
        work(n)
    except AppError as e:
        msg, k = e.args
        print("app", msg, k, e.args[0], e.args[1], e.args[-1], e.args == ("bad", 3), len(e.args), e)
        print(e.args[0:1], repr(e), str(e))
    except CodeError as e:
        c, m = e.args
        print("code", c + 1, m.upper(), e.code, e.args, e)
e = AppError("x", 1)
print(e.args, e.args[0] * 2)
raise CodeError(5, "five")
