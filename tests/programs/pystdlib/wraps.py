import functools
from functools import wraps


def timed(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("start")
        result = func(*args, **kwargs)
        print("end")
        return result
    return wrapper


@timed
def greet(name, punct="!"):
    return "hi " + name + punct


print(greet("ann"))
print(greet("bob", punct="?") if False else greet("bob"))


def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(x):
            for attempt in range(times):
                try:
                    return func(x)
                except ValueError as e:
                    print("attempt", attempt, e)
            return -1
        return wrapper
    return decorate


@retry(3)
def parse(text):
    return int(text)


print(parse("12"), parse("x"))
