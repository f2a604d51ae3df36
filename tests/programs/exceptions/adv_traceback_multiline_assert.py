# traceback of a multi-line assert
def h(a):
    return a
assert h(
    0
), "msg"
