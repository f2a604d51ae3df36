class E(Exception):
    def __init__(self, code: int):
        self.code = code
try:
    raise E(5)
except E as e:
    print(e.args, e.args[0], e.args == (5,), e)
class F(Exception):
    def __init__(self, code: int):
        super().__init__("msg")
        self.code = code
try:
    raise F(5)
except F as e:
    print(e.args, e)
class G(Exception):
    def __init__(self, code: int):
        super().__init__()
        self.code = code
try:
    raise G(5)
except G as e:
    print(e.args, len(e.args), e)
class H(Exception):
    def __init__(self, code: int = 0):
        self.code = code
try:
    raise H(code=7)
except H as e:
    print(e.args, len(e.args), e.args == (), e, e.code)
try:
    raise H
except H as e:
    print(e.args, e.args == (), e)
