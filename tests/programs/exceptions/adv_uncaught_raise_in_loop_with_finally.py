# uncaught: raise on the third iteration of a loop with finally clauses
def f():
    for i in range(3):
        try:
            if i == 2:
                raise ValueError(i)
        finally:
            print("fin", i)
f()
