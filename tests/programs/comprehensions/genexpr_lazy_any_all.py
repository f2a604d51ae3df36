# Generator expressions consumed by any/all (short-circuiting).
print(any(x > 8 for x in range(10)), any(x > 9 for x in range(10)))
print(all(x < 10 for x in range(10)), all(x < 9 for x in range(10)))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print(any(False for _ in range(3)), all(False for _ in []), any(True for _ in []))
calls = [0]


def big(x):
    calls[0] += 1
    return x > 3


print(any(big(x) for x in range(100)), calls[0])
print(all(not big(x) for x in range(100)), calls[0])
print(any([big(x) for x in range(10)]), calls[0])
