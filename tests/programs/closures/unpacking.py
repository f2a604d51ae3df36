


def logged(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__ if False else "f", args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(1, 2))


def call_with(f, *args):
    return f(*args)


print(call_with(max, 3, 9) if False else call_with(add, 3, 9))


def point(x, y, z=0):
    return (x, y, z)


t = (1, 2)
print(point(*t), point(*t, 5), point(0, *t))


def options(name, **kw):
    return name, kw


print(options("a"), options("b", color="red", size="L"))


def count_kw(**kw):
    return len(kw), sorted(kw)


print(count_kw(), count_kw(x=1, y=2))


def timed(func):
    def wrapper(*args):
        result = func(*args)
        return result
    return wrapper


@timed
def mul(a, b, c):
    return a * b * c


print(mul(2, 3, 4))
