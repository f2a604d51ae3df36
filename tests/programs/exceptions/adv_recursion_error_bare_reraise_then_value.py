# RecursionError re-raised by bare raise from the innermost handlers, converted to a value further up
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        if n > 990:
            raise
        return -n
print(f(0))
