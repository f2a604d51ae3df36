# @property with a setter, @staticmethod and @classmethod (through the class and an instance).
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0.0)

    @classmethod
    def describe(cls):
        return f"Temperature in {cls.scale}"


t = Temperature(25.0)
print(t.celsius, t.fahrenheit)
t.celsius = 30.0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300.0
except ValueError as e:
    print("error:", e)
print(Temperature.convert(100.0), t.convert(0.0))
f = Temperature.freezing()
print(f.celsius, t.freezing().fahrenheit)
print(Temperature.describe(), t.describe())
