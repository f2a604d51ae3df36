# uncaught: raise x from x
e = ValueError("self")
try:
    raise e
except ValueError as x:
    raise x from x
