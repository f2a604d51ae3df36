# user subclasses of KeyError/ValueError do not catch the builtin errors; builtin handlers catch both
class MyKey(KeyError):
    pass
class MyVal(ValueError):
    pass
d: dict[str, int] = {}
for i in range(4):
    try:
        if i == 0:
            d["x"]
        elif i == 1:
            raise MyKey("y")
        elif i == 2:
            int("zz")
        else:
            raise MyVal("w")
    except MyKey as e:
        print("mykey", e)
    except MyVal as e:
        print("myval", e)
    except (KeyError, ValueError) as e:
        print("builtin", type(e).__name__, e)
try:
    try:
        d["q"]
    except MyKey:
        print("wrong")
except LookupError as e:
    print("outer", repr(e))
