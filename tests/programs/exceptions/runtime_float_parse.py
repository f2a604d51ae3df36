# ValueError from float() on bad strings (and the spellings it accepts).
inputs = ["nan?", "1.5", "abc", "", "1e3", "inf", "-nan", "1.2.3", " 2.5 ", "0x10"]
for s in inputs:
    try:
        print(repr(s), "->", float(s))
    except ValueError as e:
        print(repr(s), "error:", e)
try:
    print(float("nan?"))
except Exception as e:
    print(f"{e!r}")
