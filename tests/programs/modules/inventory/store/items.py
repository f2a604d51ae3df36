from .pricing import discounted


class Item:
    def __init__(self, name, price, count):
        self.name = name
        self.price = price
        self.count = count

    def value(self):
        return self.price * self.count

    def label(self):
        return f"{self.name}: {self.count} x {self.price:.2f}"


class Perishable(Item):
    def __init__(self, name, price, count, days):
        super().__init__(name, price, count)
        self.days = days

    def value(self):
        # Goods about to expire are sold at a discount.
        full = self.price * self.count
        return discounted(full) if self.days < 2 else full

    def label(self):
        return f"{self.name}: {self.count} x {self.price:.2f} ({self.days} days left)"
