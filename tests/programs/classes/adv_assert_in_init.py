# assert with a message in __init__, caught and uncaught
class P:
    def __init__(self, x):
        assert x > 0, f"bad x {x}"
        self.x = x
print(P(1).x)
try:
    P(-1)
except AssertionError as e:
    print("assert:", e)
P(0)
