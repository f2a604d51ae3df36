# An exception that matches no clause propagates to the enclosing try, or out to the caller's try.
def inner(k):
    try:
        if k == 0:
            raise KeyError("k0")
        raise ValueError("v1")
    except KeyError as e:
        print("inner handled", e)
    print("inner end", k)


def middle(k):
    try:
        inner(k)
        print("middle after inner", k)
    except TypeError:
        print("middle TypeError (never)")
    print("middle end", k)


def outer(k):
    try:
        middle(k)
    except ValueError as e:
        print("outer handled", e)
    print("outer end", k)


outer(0)
outer(1)

try:
    try:
        raise IndexError("deep")
    except (KeyError, ValueError):
        print("wrong handler")
    print("not reached")
except LookupError as e:
    print("module outer got", e)
