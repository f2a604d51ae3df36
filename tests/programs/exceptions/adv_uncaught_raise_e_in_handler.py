# uncaught: raise e in its own handler reports the exception once with both lines
try:
    raise ValueError("one")
except ValueError as e:
    raise e
