# an exception raised inside __str__ used by an f-string in a function: traceback
class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return "P" + str(10 // self.x)
def show(p):
    return f"<{p}>"
print(show(P(2)))
print(show(P(0)))
