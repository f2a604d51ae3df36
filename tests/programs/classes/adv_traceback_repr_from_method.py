# an exception in __repr__ of a list item printed from another class's method
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "P" + str(1 // self.x)
class Box:
    def __init__(self):
        self.items = [P(1), P(0)]
    def show(self):
        print(self.items)
Box().show()
