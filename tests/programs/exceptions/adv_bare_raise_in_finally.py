# bare raise inside finally re-raises the exception in flight
def f():
    try:
        raise ValueError("v")
    finally:
        print("fin")
        raise
try:
    f()
except ValueError as e:
    print("got", e)
