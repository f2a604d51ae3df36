def f(*args):
    l = list(args)
    l.append(3)
    return l
print(f())
