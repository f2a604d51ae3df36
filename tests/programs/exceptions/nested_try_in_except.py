# A try/except inside a handler deals with its own exception; afterwards a bare raise still re-raises the outer one.
def handle(k):
    try:
        raise ValueError("outer " + str(k))
    except ValueError as outer:
        try:
            if k > 0:
                raise KeyError("inner " + str(k))
            print("inner body ok")
        except KeyError as inner:
            print("inner handled", repr(inner))
        print("still handling", repr(outer))
        raise


for k in range(2):
    try:
        handle(k)
    except ValueError as e:
        print("caller got", repr(e))
    except KeyError as e:
        print("caller got KeyError (never)", e)
