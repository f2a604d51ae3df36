# uncaught: bare raise in except with a finally that prints first
try:
    raise ValueError("one")
except ValueError:
    raise
finally:
    print("fin")
