# A bare `except:` must be the last clause (CPython's SyntaxError).
try:
    print(int("x"))
except:  # error: [syntax-error]
    print("anything")
except ValueError:
    print("value")
