# uncaught: raise ... from None inside a KeyError handler hides the context
try:
    {}["k"]
except KeyError:
    raise ValueError("nope") from None
