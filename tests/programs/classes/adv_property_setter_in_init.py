# __init__ assigning through a property setter that rounds
class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = round(v, 1)
t = Temp(21.456)
print(t.celsius)
