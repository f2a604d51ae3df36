from . import inventory
from .items import Item


def summary(stock: inventory.Inventory):
    return f"{len(stock.items)} kinds of goods worth {stock.total_value():.2f}"


def describe(stock):
    for name in sorted(stock.items):
        item: Item = stock.items[name]
        yield item.label()
