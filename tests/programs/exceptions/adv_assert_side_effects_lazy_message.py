# assert conditions with side effects; message evaluated only on failure
n = 0
def bump():
    global n
    n += 1
    return n
assert bump() == 1, "first"
try:
    assert bump() == 5, "second " + str(bump())
except AssertionError as e:
    print(e, n)
