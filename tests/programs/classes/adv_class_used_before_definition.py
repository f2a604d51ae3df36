# using a class before its class statement runs: NameError traceback
p = P(1)
class P:
    def __init__(self, x):
        self.x = x
