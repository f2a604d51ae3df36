# super().__init__() with no arguments empties args even when the constructor got some
class Quiet(Exception):
    def __init__(self, detail):
        super().__init__()
        self.detail = detail


class Fixed(Exception):
    def __init__(self):
        super().__init__("always this message")


try:
    raise Quiet("hidden detail")
except Quiet as e:
    print("str:", "[" + str(e) + "]", "repr:", repr(e), "args:", e.args, len(e.args))
    print("detail:", e.detail)
try:
    raise Fixed()
except Fixed as e:
    print("str:", str(e), "repr:", repr(e), "args:", e.args)
try:
    raise Fixed
except Fixed as e:
    print("class raise:", str(e), repr(e))
