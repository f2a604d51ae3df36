class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"Money({self.cents})"
def lookup(k):
    if k == "a":
        return Money(1234)
    return None
for k in ["a", "b"]:
    m = lookup(k)
    print(f"[{m}] [{m!s:>14}]")
    try:
        print(f"[{m:>10}]")
    except TypeError as e:
        print("TypeError:", e)
    print(format(m, ""), format(m))
def maybe_flag(x):
    if x:
        return x > 2
    return None
