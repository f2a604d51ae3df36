# Decorators: plain ones, ones with arguments, and stacked ones.
calls = []


def logged(func):
    def wrapper(x):
        calls.append(x)
        return func(x)
    return wrapper


@logged
def square(x):
    return x * x


print(square(3), square(4), calls)


def repeat(times):
    def decorate(func):
        def wrapper(x):
            result = x
            for _ in range(times):
                result = func(result)
            return result
        return wrapper
    return decorate


@repeat(3)
def double(x):
    return x * 2


print(double(1))


def bracket(left, right):
    def decorate(func):
        def wrapper(text):
            return left + func(text) + right
        return wrapper
    return decorate


@bracket("<", ">")
@bracket("[", "]")
def shout(text):
    return text.upper()


print(shout("hi"))


def counted(func):
    count = 0
    def wrapper(a, b):
        nonlocal count
        count += 1
        print(f"call {count}: {a}, {b}")
        return func(a, b)
    return wrapper


@counted
def add(a, b):
    return a + b


print(add(1, 2) + add(3, 4))


def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))


def identity(func):
    return func


@identity
def plain(x):
    return -x


print(plain(5))
