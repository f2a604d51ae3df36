# with: __enter__/__exit__ on normal exit, return, break, continue and exceptions; a true __exit__ result swallows.
class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit", self.name, "with", exc_type.__name__, exc)
        else:
            print("exit", self.name, "cleanly")
        return self.name == "swallow"


def work(n):
    with Tag("outer") as t:
        print("in", t.name)
        with Tag("inner"):
            if n == 1:
                return "early"
            if n == 2:
                raise ValueError("boom")
        print("after inner")
    return "done"


for n in range(3):
    try:
        print(work(n))
    except ValueError as e:
        print("caught", e)

with Tag("swallow"):
    print(1 // 0)
print("survived")
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
with Tag("last"):
    raise KeyError("k")
