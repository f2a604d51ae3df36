# uncaught: raise from a fresh instance after an earlier handler has finished
e = ValueError("inner")
try:
    raise KeyError("k")
except KeyError:
    pass
raise RuntimeError("r") from e
