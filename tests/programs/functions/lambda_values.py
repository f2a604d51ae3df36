# lambda as a function value: stored in a variable, passed to a function, called.
double = lambda x: x * 2
print(double(4), double("ab"), double(1.5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
greet = lambda: "hello"
print(greet())


def apply(f, x):
    return f(x)


def twice(f, x):
    return f(f(x))


print(apply(double, 3), apply(lambda s: s + "!", "hi"), twice(lambda n: n * n, 3))
compose = lambda x: double(add(x))
print(compose(1))
is_even = lambda n: n % 2 == 0
print([n for n in range(10) if is_even(n)])
