# assert with f-string and computed messages caught in a loop, then uncaught assert with a list message
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    assert n < 100, "too big: " + str(n * 2)
    return n
for v in [5, -1, 200, 50]:
    try:
        print(check(v))
    except AssertionError as e:
        print("assert:", e)
x = 0
assert x == 1, [x, x + 1]
