# A variable that wraps its own earlier value in a loop would be one of ever more kinds of
# closures: refused (before this, inference did not end).
def wrap(fn):
    def w(x):
        return fn(x) + 1
    return w


f = lambda x: x
n = 0
while n < 3:
    f = wrap(f)  # error: [unsupported-closure]
    n += 1
print(f(0))
