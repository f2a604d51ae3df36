def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None

def describe(n, label=None):
    if label is None:
        label = "n"
    return label + "=" + str(n)

def first_square_above(n):
    i = 0
    while True:
        if i * i > n:
            return i
        i += 1

r = first_even([1, 3, 4])
print(r, first_even([1, 3]))
if r is not None and r > 2:
    print("big", r * 10)
m = first_even([5])
print(m is None, not m, f"{m}", str(m), repr(m))
print(describe(3), describe(4, "x"))
print(first_square_above(50))
name = None
for w in ["b", "a", "c"]:
    if name is None or w < name:
        name = w
print(name.upper() if name else "none")
total = 0.5
best = None
for v in [2.5, 1.5]:
    if best is None or v < best:
        best = v
print(best)
