# an exception raised inside __repr__ while printing an instance and a list of instances
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(10 // self.x)
print(P(1))
print([P(1), P(0)])
