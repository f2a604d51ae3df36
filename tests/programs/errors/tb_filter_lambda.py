# A lambda given to filter() runs in its own <lambda> frame in CPython.
values = ["3", "1", "x", "2"]
for v in filter(lambda s: int(s) > 1, values):
    print("kept", v)
