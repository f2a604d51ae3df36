# uncaught: two exception objects raised alternately, context cycle cut
a = ValueError("a")
b = KeyError("b")
try:
    raise a
except ValueError:
    try:
        raise b
    except KeyError:
        try:
            raise a
        except ValueError:
            raise b
