# __eq__ defined only in a subclass: base hashable, subclass unhashable
class B:
    def __init__(self, x):
        self.x = x
class C(B):
    def __eq__(self, o):
        return self.x == o.x
b = {B(1): 1}
print(len(b))
try:
    s = {C(1)}
except TypeError as e:
    print("TypeError", e)
