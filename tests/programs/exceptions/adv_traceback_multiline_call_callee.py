# traceback of a multi-line call with the failing division in the callee
def f(a, b):
    return a // b
x = f(
    1,
    0,
)
