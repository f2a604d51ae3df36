# uncaught: an inner except-as with the same name unbinds the outer handler's variable
def f():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as e:
            print("inner", e)
        print(e)
f()
