# a list class attribute shared by all instances, appended through self and through the class
class Reg:
    items = []
    def __init__(self, name):
        self.name = name
        self.items.append(name)
        Reg.items.append(name.upper())
a = Reg("a")
b = Reg("b")
print(Reg.items, len(b.items))
