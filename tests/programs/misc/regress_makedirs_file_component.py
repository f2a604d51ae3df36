import os
with open("f", "w") as fh:
    fh.write("x")
try:
    os.makedirs("f/x/y")
except OSError as e:
    print(type(e).__name__, e)
