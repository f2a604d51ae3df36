# KeyError crossing three frames: caught (str/repr), then uncaught traceback through all frames
def a(x):
    return b(x) * 2
def b(x):
    return c(x) + 1
def c(x):
    d = {"a": 1}
    return d[x]
print(a("a"))
try:
    a("b")
except KeyError as e:
    print("KeyError", e, repr(e), str(e))
a("zz")
