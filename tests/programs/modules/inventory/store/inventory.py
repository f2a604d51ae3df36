from .items import Item


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item: Item):
        self.items[item.name] = item

    def take(self, name, count):
        if name not in self.items:
            raise OutOfStock(f"no {name} in stock")
        item = self.items[name]
        if item.count < count:
            raise OutOfStock(f"only {item.count} {name} left")
        item.count -= count

    def total_value(self):
        return sum(item.value() for item in self.items.values())
