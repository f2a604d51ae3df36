# Once a handler has finished, its exception is no longer the context: a later uncaught error is reported alone.
def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        print("division by zero handled")
        return 0


print(safe_div(7, 0))
print(safe_div(7, 2))
data = {"x": 1}
print(data["y"])
