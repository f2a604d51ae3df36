# a base __eq__ makes subclass instances unhashable: TypeError caught
class B:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return self.x == o.x
class C(B):
    pass
try:
    d = {C(1): 1}
    print(len(d))
except TypeError as e:
    print("TypeError", e)
