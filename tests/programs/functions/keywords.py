# Keyword arguments at call sites, in any order, mixed with positional ones.
def box(width, height, depth=1, label="box"):
    print(label, width, height, depth, width * height * depth)
    return width * height * depth


box(2, 3)
box(2, 3, 4)
box(width=5, height=6)
box(height=6, width=5)
box(1, height=2, label="named")
box(1, 2, label="lab", depth=9)
box(depth=3, label="all kw", height=2, width=7)
v = box(4, height=4) + box(width=1, height=1, depth=1)
print(v)


def sub(a, b):
    return a - b


print(sub(10, 3), sub(a=10, b=3), sub(b=10, a=3), sub(10, b=3))


def describe(x, unit="m", precision=2):
    return str(round(x, precision)) + unit


print(describe(3.14159), describe(3.14159, precision=4), describe(2.5, unit="km"))
print(describe(precision=0, x=99.5, unit="s"))
