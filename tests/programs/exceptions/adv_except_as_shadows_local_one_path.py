# except-as name shadowing a local only on one path
def f(flag):
    e = ValueError("orig")
    if flag:
        try:
            raise KeyError("k")
        except KeyError as e:
            print("handler", e)
    return repr(e)
print(f(False))
print(f(True))
