# class attributes overridden per subclass, read through base-typed values and inside base methods
class Coin:
    value = 1
    metal = "copper"

    def worth(self, n):
        return n * self.value

    def describe(self):
        return f"{type(self).__name__}: {self.value}c {self.metal}"


class Nickel(Coin):
    value = 5
    metal = "nickel"


class Dime(Coin):
    value = 10
    metal = "silver"


class Quarter(Dime):
    value = 25


purse = [Coin(), Nickel(), Dime(), Quarter(), Quarter(), Nickel()]
total = 0
for c in purse:
    total += c.value
    print(c.describe(), c.worth(3))
print("total", total)
print(Quarter.metal, Dime.value, Coin.value)
print(sorted([c.value for c in purse]))
Coin.metal = "zinc"
print([c.metal for c in purse])
