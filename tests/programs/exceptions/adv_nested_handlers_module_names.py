# a module-level handler whose inner handler uses another except-as name; both names unbound afterwards
try:
    raise KeyError("a")
except KeyError as err:
    try:
        raise IndexError("b")
    except LookupError as err2:
        print("inner", err2)
print("end")
