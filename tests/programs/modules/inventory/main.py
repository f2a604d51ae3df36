# A program of several modules: a package `store` (with relative imports between its
# modules), a plain module `textutil`, classes used and subclassed across modules, module
# globals updated through `global`, and each module's top level run once, at its first import.
import textutil
from store import inventory
from store.items import Item, Perishable
from store.report import summary, describe
import store.pricing as pricing

print("main starts as", __name__)
stock = inventory.Inventory()
stock.add(Item("hammer", 12.5, 3))
stock.add(Item("nails", 0.05, 400))
stock.add(Perishable("milk", 1.2, 10, days=3))
stock.add(Perishable("bread", 2.0, 4, days=1))
print(summary(stock))
for line in describe(stock):
    print(textutil.indent(line, 2))
print(pricing.discounted(100.0), pricing.DISCOUNT)
pricing.set_discount(0.25)
print(pricing.discounted(100.0), pricing.DISCOUNT, pricing.changes)
try:
    stock.take("saw", 1)
except inventory.OutOfStock as e:
    print("error:", e)
try:
    stock.take("bread", 10)
except inventory.OutOfStock as e:
    print("error:", e)
print(textutil.title_case("the end of the report"))
print(textutil.__name__, inventory.__name__, pricing.__name__)

if __name__ == "__main__":
    print("main ran as a script")
