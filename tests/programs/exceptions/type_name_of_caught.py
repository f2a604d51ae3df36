# type(e).__name__, repr(e) and type(x) of caught exceptions and of plain values.
def risky(i):
    if i == 0:
        return [1][5]
    if i == 1:
        return {"a": 1}["b"]
    if i == 2:
        return int("zz")
    return 10 // (i - 3)

for i in range(5):
    try:
        print(risky(i))
    except Exception as e:
        print(type(e).__name__, "-", e, "|", repr(e), "|", type(e))
print(type(1).__name__, type("s").__name__, type([1]), type(None).__name__, type((1, "a")))
print(f"{type(2.5)} {type(True).__name__}")
