# functions returning None from a handler; using the Optional result raises TypeError uncaught
def parse(s):
    try:
        return int(s)
    except ValueError:
        return None
total = 0
for s in ["1", "x", "3"]:
    v = parse(s)
    if v is not None:
        total += v
    else:
        print("skip", s)
print(total)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
r = safe_div(1, 0)
print(r, safe_div(3, 2))
print(r + 1)
