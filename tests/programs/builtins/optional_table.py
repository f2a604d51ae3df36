# An inventory table where lookups return Optional values, formatted with specs.
PRICES = {"apple": 0.5, "pear": 0.75, "melon": 3.2, "kiwi": 0.3333}
STOCK = {"apple": 120, "pear": 0, "melon": 7, "fig": 45}

def price_of(item):
    if item in PRICES:
        return PRICES[item]
    return None

def stock_of(item):
    if item in STOCK:
        return STOCK[item]
    return None

def first_index(items, pred_len):
    for i, it in enumerate(items):
        if len(it) == pred_len:
            return i
    return None

items = sorted(set(PRICES) | set(STOCK))
print(f"{'item':<8}|{'price':>8}|{'stock':>6}|{'value':>9}")
for item in items:
    p = price_of(item)
    s = stock_of(item)
    ptxt = format(p, "8.2f") if p is not None else format("n/a", ">8")
    stxt = f"{s:6d}" if s is not None else f"{'-':>6}"
    value = p * s if p is not None and s is not None else None
    vtxt = f"{value:9.3f}" if value is not None else f"{value!s:>9}"
    print(f"{item:<8}|{ptxt}|{stxt}|{vtxt}")

for n in [3, 4, 5, 9]:
    idx = first_index(items, n)
    print(f"len {n}: {idx!r:>5} {idx!s:^6} [{idx}]", format(idx), str(idx))
    try:
        print("  padded:", f"{idx:>4}", format(idx, "03d"))
    except TypeError as e:
        print("  TypeError:", e)

def maybe_ratio(a, b):
    if b == 0:
        return None
    return a / b

for a, b in [(1, 3), (2, 0), (22, 7)]:
    r = maybe_ratio(a, b)
    try:
        print(f"{a}/{b} = {r:.4f} ({r:.1%}) {r:e}")
    except TypeError as e:
        print(f"{a}/{b}: {e}")
    print(f"  {r!r:>12}|{r:}|{format(r, '')}")
