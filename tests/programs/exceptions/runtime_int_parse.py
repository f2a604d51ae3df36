# ValueError from int() on bad strings: the message quotes the input with repr().
inputs = ["x", "42", "", " 7 ", "12a", "3.5", "-0", "+8", "1_000", "one two", "it's"]
for s in inputs:
    try:
        print(repr(s), "->", int(s))
    except ValueError as e:
        print(repr(s), "error:", e)
try:
    print(int("x"))
except ValueError as e:
    print(repr(e))
