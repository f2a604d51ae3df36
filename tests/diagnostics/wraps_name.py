# kiln keeps no attributes on function values, so the name `@wraps` would give is refused.
from functools import wraps


def deco(f):
    @wraps(f)
    def inner(x):
        return f(x)
    return inner


@deco
def g(x):
    return x


print(g.__name__)  # error: [unsupported-attribute]
