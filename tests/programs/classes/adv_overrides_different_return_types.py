# overrides returning different types (int, float, str, list) used by one inherited method per subclass
class Shape:
    def __init__(self, n):
        self.n = n
    def area(self):
        return self.n * self.n
    def describe(self):
        a = self.area()
        return f"{type(self).__name__}: {a} ({a!r})"
class Circle(Shape):
    def area(self):
        return 3.14159 * self.n * self.n
class Named(Shape):
    def area(self):
        return "n" * self.n
class Multi(Shape):
    def area(self):
        return [self.n, self.n * 2]
print(Shape(3).describe())
print(Circle(2).describe())
print(Named(4).describe())
print(Multi(5).describe())
