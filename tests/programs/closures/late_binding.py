# Functions made in a loop share the loop variable's cell: they see its last value.
def make_all():
    funcs = []
    for i in range(3):
        def f():
            return i * 10
        funcs.append(f)
    return [g() for g in funcs]


print(make_all())


def lambdas_in_loop():
    out = []
    for word in ["a", "bb", "ccc"]:
        out.append(lambda: word.upper())
    word = "changed"
    return [f() for f in out]


print(lambdas_in_loop())


def assigned_after():
    def get():
        return value
    value = 1
    first = get()
    value = 2
    return first, get()


print(assigned_after())


def bound_now():
    funcs = []
    for i in range(3):
        def make(j):
            def f():
                return j
            return f
        funcs.append(make(i))
    return [f() for f in funcs]


print(bound_now())
