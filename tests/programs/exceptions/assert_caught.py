# Failing asserts raise AssertionError (empty str without a message); caught as AssertionError and as Exception.
def check(n):
    assert n >= 0
    assert n < 10, "n must be below 10, got " + str(n)
    assert n != 5, f"five is not allowed ({n})"
    return n * n


for n in [3, -1, 12, 5, 9]:
    try:
        print(n, "->", check(n))
    except AssertionError as e:
        print(n, "assert failed: [" + str(e) + "]", repr(e))
try:
    assert 1 + 1 == 3, "math"
except Exception as e:
    print("as Exception:", e)
try:
    assert len([]) > 0
except (ValueError, AssertionError) as e:
    print("in tuple:", repr(e))
