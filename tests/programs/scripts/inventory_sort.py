# Inventory report: dict(...) construction, view membership, key= lambdas, tuple slices.
defaults = dict(bolts=120, nuts=80, washers=0)
stock = dict(defaults, screws=45, nuts=95)
prices = dict([("bolts", 0.25), ("nuts", 0.1)], screws=0.05, washers=0.02)
print("stock:", stock)
print("prices:", prices)
print("defaults untouched:", defaults)
for item in ["nuts", "rivets", "washers"]:
    print(item, "known:", item in stock.keys(), "priced:", item in prices.keys())
print("any empty bin:", 0 in stock.values(), "any 45:", 45 in stock.values(), "200?", 200 in stock.values())
print("exact record:", ("nuts", 95) in stock.items(), ("nuts", 80) in stock.items())
value = {name: round(stock[name] * prices[name], 2) for name in stock}
print("value:", value)
by_value = sorted(list(value.items()), key=lambda kv: kv[1], reverse=True)
print("by value:", by_value)
print("priciest:", max(prices.items(), key=lambda kv: kv[1]), "cheapest:", min(prices.items(), key=lambda kv: kv[1]))
rows = [(name, stock[name], prices[name], value[name]) for name in stock]
rows.sort(key=lambda r: (r[1] == 0, -r[3], r[0]))
print(sorted(rows, key=lambda r: r[0])[0])
for r in rows:
    print(f"{r[0]:<8}{r[1]:>5}{r[2]:>7.2f}{r[3]:>8.2f}", r[1:], r[:-2])
header = ("-" * 8,) * 4
print(" ".join(header))
reorder = list(filter(lambda name: stock[name] < 50, stock))
print("reorder:", reorder, "total value:", round(sum(map(lambda r: r[3], rows)), 2))
restock = dict(map(lambda name: (name, 100 - stock[name]), reorder), bolts=0)
print("restock:", restock, 55 in restock.values(), ("bolts", 0) in restock.items())
