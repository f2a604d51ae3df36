def logged(func):
    def wrapper(*args):
        print(f"calling {func.__name__} with {args}")
        return func(*args)
    return wrapper


@logged
def add(a, b):
    return a + b


print(add(2, 3), add.__name__)
ops = [add, max] if False else [abs, round] if False else None


def sub(a, b):
    return a - b


for f in [sub, lambda a, b: a * b]:
    print(f.__name__, f(6, 3))
