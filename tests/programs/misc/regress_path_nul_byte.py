import os

for name in ["a\0b", "ok"]:
    try:
        print(os.path.getsize(name))
    except ValueError as e:
        print("ValueError", e)
    except OSError as e:
        print(type(e).__name__, e)
print(os.path.exists("a\0b"), os.path.isfile("a\0b"))
