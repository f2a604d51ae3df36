try:
    open("missing.txt")
except OSError as e:
    print(repr(e))
    print(e.args)
