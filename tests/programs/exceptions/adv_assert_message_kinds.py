# assert messages with f-strings, ints, None, empty strings; uncaught assert inside a loop in a function
def check(xs):
    for i, x in enumerate(xs):
        assert x >= 0, f"item {i} is {x!r}, sum so far {sum(xs[:i])}"
    return sum(xs)
print(check([1, 2]))
try:
    check([1, -2])
except AssertionError as e:
    print("caught:", e, repr(e))
try:
    assert False, 42
except AssertionError as e:
    print(repr(e), str(e))
try:
    assert [], ["list", "x"]
except AssertionError as e:
    print(repr(e))
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), "[" + str(e) + "]")
try:
    assert "", ""
except AssertionError as e:
    print(repr(e), "[" + str(e) + "]")
check([3, -1, 2])
