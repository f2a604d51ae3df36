# Clearing a dict while iterating values() raises RuntimeError.
d = {1: 10, 2: 20}
for v in d.values():
    print(v)
    d.clear()
