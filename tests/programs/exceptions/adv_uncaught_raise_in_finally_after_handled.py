# uncaught: raise in finally after the handler finished: no context
try:
    raise ValueError("one")
except ValueError:
    pass
finally:
    raise KeyError("fin")
