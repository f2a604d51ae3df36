# del of several names, of a function name, of loop variables at module level
a = 1
b = "two"
del a, b
try:
    print(a)
except NameError as e:
    print(e)
try:
    print(b)
except NameError as e:
    print(e)
def f():
    return 1
del f
try:
    f()
except NameError as e:
    print(e)
for i in range(3):
    v = i * 2
    print(v)
    del v
try:
    print(v)
except NameError as e:
    print("v:", e)
for i in range(2):
    del i
try:
    print(i)
except NameError as e:
    print("i:", e)
