# a function whose return value is one of several subclasses of a common base
class Vehicle:
    def __init__(self, wheels):
        self.wheels = wheels

    def describe(self):
        return f"vehicle with {self.wheels} wheels"

    def toll(self):
        return 5


class Car(Vehicle):
    def __init__(self):
        super().__init__(4)

    def toll(self):
        return 10


class Bike(Vehicle):
    def __init__(self):
        super().__init__(2)

    def describe(self):
        return "a bike"

    def toll(self):
        return 0


class Truck(Vehicle):
    def __init__(self, axles):
        super().__init__(axles * 2)
        self.axles = axles

    def toll(self):
        return 10 * self.axles


def make(kind):
    if kind == "car":
        return Car()
    if kind == "bike":
        return Bike()
    if kind == "truck":
        return Truck(3)
    return Vehicle(1)


total = 0
for k in ["car", "bike", "truck", "cart", "car"]:
    v = make(k)
    total += v.toll()
    print(k, "->", v.describe(), v.toll(), v.wheels)
print("total toll", total)
print(make("truck").toll() + make("bike").toll())
fleet = [make(k) for k in ["truck", "truck", "bike"]]
print(sum([v.wheels for v in fleet]))
