# `nonlocal` must name a variable of an enclosing function, as CPython's compiler requires.
def f():
    def g():
        nonlocal y  # error: [syntax-error]
        y = 1
    g()


f()
