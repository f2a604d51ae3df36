# Messages built with f-strings, str() and repr() survive the raise unchanged, including an int argument.
def fail(k, v):
    if k == 0:
        raise ValueError(f"bad value {v!r} (len {len(v)})")
    if k == 1:
        raise KeyError(v)
    if k == 2:
        raise IndexError("index " + str(len(v)) + " out of " + repr([1, 2]))
    raise ValueError(len(v))


for k in range(4):
    try:
        fail(k, "ab c")
    except Exception as e:
        s = str(e)
        print(k, s, "|", repr(e), "|", f"<{e}>")
