# __init__ calls a method that reads a field assigned later in __init__: AttributeError
class P:
    def __init__(self, early):
        if early:
            self.show()
        self.v = 5
    def show(self):
        print("v is", self.v)
p = P(False)
p.show()
try:
    P(True)
except AttributeError as e:
    print("AttributeError:", e)
P(True)
