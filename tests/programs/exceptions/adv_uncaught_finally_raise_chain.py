# uncaught: exception raised in finally while another propagates is chained ("During handling")
def f():
    try:
        raise ValueError("a")
    finally:
        raise KeyError("b")
f()
