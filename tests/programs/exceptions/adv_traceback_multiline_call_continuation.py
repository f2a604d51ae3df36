# traceback line of an error on the continuation line of a multi-line call
def f(a, b):
    return a + b
x = f(1,
      2 // 0)
