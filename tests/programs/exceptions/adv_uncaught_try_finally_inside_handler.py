# uncaught: try/finally inside a handler: the new exception keeps the handled one as context
try:
    raise IndexError("outer")
except IndexError:
    try:
        raise ValueError("mid")
    finally:
        print("fin")
