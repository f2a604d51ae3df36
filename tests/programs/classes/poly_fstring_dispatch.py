# f-strings over base-typed values: {x}, {x!r}, {x!s}, method calls with format specs
class Reading:
    def __init__(self, where, raw):
        self.where = where
        self.raw = raw

    def value(self):
        return float(self.raw)

    def unit(self):
        return "?"

    def __str__(self):
        return f"{self.where}={self.value():.1f}{self.unit()}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.where}>"


class Celsius(Reading):
    def unit(self):
        return "C"


class Fahrenheit(Reading):
    def value(self):
        return (self.raw - 32) * 5 / 9

    def unit(self):
        return "C(from F)"


class Kelvin(Reading):
    def value(self):
        return self.raw - 273.15

    def unit(self):
        return "C(from K)"

    def __str__(self):
        return "K:" + super().__str__()


rs = [Celsius("lab", 21), Fahrenheit("yard", 50), Kelvin("tank", 300), Reading("x", 1)]
for r in rs:
    print(f"{r} | {r!r} | {r!s} | {r.value():8.3f} | {r.unit():>10}|")
print(f"{rs}")
print(f"{rs[1].where.upper()} {type(rs[2]).__name__:<12}|")
print(f"{max([r.value() for r in rs]):.2f}")
