# else runs only when the try body raised nothing; an exception raised in else is not caught by the same try's handlers.
def run(n):
    try:
        v = 10 // n
    except ZeroDivisionError:
        print("handler for", n)
    else:
        print("else for", n, "v =", v)
    print("done", n)


def else_raises():
    try:
        try:
            print("body")
        except ValueError:
            print("inner handler (never)")
        else:
            print("else raising")
            raise ValueError("from else")
        print("not reached")
    except ValueError as e:
        print("outer caught:", e)


run(2)
run(0)
run(-3)
else_raises()
