# KeyError from dict subscripts (str and int keys): str() shows the key's repr; caught as KeyError and LookupError.
ages = {"ann": 31, "bob": 42}
squares = {1: 1, 2: 4}
try:
    print({}["k"])
except KeyError as e:
    print("empty dict:", e, repr(e))
for name in ["ann", "cy", "bob", ""]:
    try:
        print(name, ages[name])
    except KeyError as e:
        print("missing", e, "|", repr(e), "|", f"{e}")
for n in [2, 3, -1]:
    try:
        print(n, squares[n])
    except LookupError as e:
        print("missing int key", e, repr(e))
try:
    ages["cy"] = ages["zed"] + 1
except KeyError as e:
    print("read before write:", e)
print(sorted(ages))
