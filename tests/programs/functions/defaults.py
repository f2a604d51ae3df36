# Default parameter values, used and overridden positionally.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def scale(x, factor=2, offset=0):
    return x * factor + offset


def fscale(x, factor=0.5):
    return x * factor


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(scale(5), scale(5, 3), scale(5, 3, 1))
print(fscale(3.0), fscale(3.0, 4.0), fscale(1.0))
print(scale(-1), scale(0, 100, -7))


def count_down(n, step=1):
    out = ""
    while n > 0:
        out = out + str(n) + " "
        n = n - step
    return out


print(count_down(5))
print(count_down(10, 3))
