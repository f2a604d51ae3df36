# Nested try statements: the innermost matching handler wins; unmatched exceptions reach the outer try.
def run(k):
    try:
        try:
            if k == 0:
                raise ValueError("v")
            if k == 1:
                raise KeyError("k")
            if k == 2:
                raise ZeroDivisionError("z")
            print("inner body done")
        except ValueError as e:
            print("inner caught", e)
        except LookupError as e:
            print("inner caught lookup", e)
        print("between", k)
    except ArithmeticError as e:
        print("outer caught", e)
    print("end", k)


for k in range(4):
    run(k)
