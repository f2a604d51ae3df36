# del of a module variable and of a local then reading it (NameError, UnboundLocalError uncaught)
x = 5
print(x)
del x
try:
    print(x)
except NameError as e:
    print("err", e)
def f():
    y = 3
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print("ule", e)
except NameError as e:
    print("ne", e)
z = [1, 2]
del z
z = [3]
print(z)
f()
