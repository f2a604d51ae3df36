# attributes set only in a subclass __init__, read in that subclass's own methods reached via dispatch
class Item:
    def __init__(self, sku):
        self.sku = sku

    def price(self):
        return 0

    def info(self):
        return f"{self.sku}: {self.price()}"


class Book(Item):
    def __init__(self, sku, pages):
        super().__init__(sku)
        self.pages = pages

    def price(self):
        return 5 + self.pages // 100


class Bundle(Item):
    def __init__(self, sku, parts, discount):
        super().__init__(sku)
        self.parts = parts
        self.discount = discount

    def price(self):
        return sum([p * 2 for p in self.parts]) - self.discount

    def info(self):
        return f"{self.sku}: {len(self.parts)} parts, {self.price()}"


class Gift(Item):
    def __init__(self, sku, to):
        super().__init__(sku)
        self.to = to
        self.wrapped = False

    def price(self):
        return 3 if self.wrapped else 1

    def info(self):
        self.wrapped = True
        return "for " + self.to + " " + super().info()


cart = [Book("b1", 250), Bundle("x9", [1, 2, 3], 2), Gift("g", "mum"), Item("free")]
for it in cart:
    print(it.info())
print(sum([it.price() for it in cart]))
