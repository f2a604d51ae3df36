# "raise X from Y" inside a handler, Y a different new instance: Y is reported as the cause, the handled KeyError is not shown.
def f(d):
    try:
        return d["k"]
    except KeyError:
        raise RuntimeError("outer") from ValueError("chosen cause")


print(f({"k": 3}))
print(f({"j": 4}))
