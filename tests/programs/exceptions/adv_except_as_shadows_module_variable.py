# except-as name shadowing a module variable of the same type: unbound after the handler, rebinding works
e = ValueError("orig")
print(e)
try:
    raise KeyError("k")
except KeyError as e:
    print("handler", e)
try:
    print(e)
except NameError as n:
    print("gone:", n)
e = ValueError("again")
print(e)
