# Closures reading variables of the function that made them.
def make_adder(n):
    def add(x):
        return x + n
    return add


add3 = make_adder(3)
add10 = make_adder(10)
print(add3(4), add10(4), add3(add10(1)))

# The same nested function specialized for the types it captures.
fadd = make_adder(0.5)
print(fadd(2), fadd(0.25))
sadd = make_adder("!")
print(sadd("hi"))

# Calling the result of a call, and a list of closures made by one function.
print(make_adder(2)(3))
adders = [make_adder(k) for k in range(4)]
print([f(100) for f in adders])
print(adders[2](1), len(adders))


def compose(f, g):
    def both(x):
        return f(g(x))
    return both


inc_then_double = compose(lambda x: x * 2, make_adder(1))
print(inc_then_double(5))


def power_table(exponent):
    def power(base):
        return base ** exponent
    return [power(b) for b in range(1, 6)]


print(power_table(2), power_table(3))


def greeting(name):
    prefix = "Hello"
    def greet(punctuation):
        return f"{prefix}, {name}{punctuation}"
    return greet("!") + " " + greet("?")


print(greeting("kiln"))
