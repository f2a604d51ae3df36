# __exit__ running on return/break paths: an exception it raises replaces the return; returning True changes nothing
class Checked:
    def __init__(self, fail):
        self.fail = fail
        self.exits = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exits += 1
        if self.fail:
            raise ValueError("exit failed after " + str(self.exits))
        return True


def give(c, x):
    with c:
        return x + 1
    return -100


ok = Checked(False)
bad = Checked(True)
print(give(ok, 1), ok.exits)
try:
    print(give(bad, 1))
except ValueError as e:
    print("caught", e)
count = 0
for i in range(3):
    try:
        with bad:
            count += 1
            if i == 1:
                break
            continue
    except ValueError as e:
        print("loop", i, e)
print(count, bad.exits)
