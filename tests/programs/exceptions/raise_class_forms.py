# "raise Cls" with a bare class creates an instance with no arguments, for each builtin exception class.
def raise_class(k):
    if k == 0:
        raise ValueError
    if k == 1:
        raise KeyError
    if k == 2:
        raise IndexError
    if k == 3:
        raise ZeroDivisionError
    if k == 4:
        raise RuntimeError
    if k == 5:
        raise NotImplementedError
    if k == 6:
        raise AssertionError
    if k == 7:
        raise StopIteration
    if k == 8:
        raise TypeError
    if k == 9:
        raise Exception
    raise BaseException


for k in range(11):
    try:
        raise_class(k)
    except BaseException as e:
        print(k, repr(e), "[" + str(e) + "]", len(str(e)))
