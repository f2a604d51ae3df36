def f(*args):
    d = dict(zip(args, args))
    d["k"] = "v"
    return d
print(f())
print(f()["k"])
