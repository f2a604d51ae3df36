# uncaught: except-as name shadowing a local: returning it afterwards is UnboundLocalError
def f():
    e = ValueError("orig")
    try:
        raise KeyError("k")
    except KeyError as e:
        print("handler", e)
    return e
f()
