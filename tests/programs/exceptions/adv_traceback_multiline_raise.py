# traceback of a raise whose argument spans several lines
def g():
    raise ValueError(
        "multi"
        "line"
    )
g()
