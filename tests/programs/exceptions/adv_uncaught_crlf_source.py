# uncaught error in a CRLF source file: traceback lines have no carriage return
def f(x):
    return 10 // x
print(f(2))
f(0)
