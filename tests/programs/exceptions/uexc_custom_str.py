# a custom __str__ drives print/str/f-strings; repr keeps the default form
class Problem(Exception):
    def __init__(self, what, count):
        super().__init__(what)
        self.what = what
        self.count = count

    def __str__(self):
        return f"{self.count} x {self.what}"


try:
    raise Problem("leak", 3)
except Problem as e:
    print(e)
    print(str(e))
    print(f"<{e}>")
    print("repr:", repr(e))
    print("args:", e.args)
    print("name:", type(e).__name__)
    print("concat: " + str(e) + "!")
    print(len(str(e)))
