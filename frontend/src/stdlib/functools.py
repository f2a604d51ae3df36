# kiln's `functools`: the functions written in Python, compiled with the program.


# The default of `reduce`'s `initial`: its class tells (at compile time) that none was given.
class _Missing:
    pass


_MISSING = _Missing()


def reduce(function, iterable, initial=_MISSING):
    if not isinstance(initial, _Missing):
        value = initial
        for item in iterable:
            value = function(value, item)
        return value
    started = False
    for item in iterable:
        if started:
            value = function(value, item)
        else:
            value = item
            started = True
    if not started:
        raise TypeError("reduce() of empty iterable with no initial value")
    return value


def partial(function, *bound, **keywords):
    def call(*args, **more):
        return function(*bound, *args, **_merged(keywords, more))
    return call


def _merged(first, second):
    merged = dict(first)
    merged.update(second)
    return merged


def cache(function):
    return _cached(function, None)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int) or maxsize is None:
        def decorate(function):
            return _cached(function, maxsize)
        return decorate
    return _cached(maxsize, 128)


# `function` with the results of the last `maxsize` calls (all calls for None) remembered by
# their arguments; a hit becomes the most recently used.
def _cached(function, maxsize):
    results = {}

    def wrapper(*args, **keywords):
        if args in results:
            result = results.pop(args)
            results[args] = result
            return result
        result = function(*args, **keywords)
        if maxsize is None:
            results[args] = result
        elif maxsize > 0:
            results[args] = result
            if len(results) > maxsize:
                for oldest in results:
                    del results[oldest]
                    break
        return result

    return wrapper


# What `cmp_to_key(compare)` makes of an item: ordered by `compare`.
class _Key:
    def __init__(self, obj, compare):
        self.obj = obj
        self.compare = compare

    def __lt__(self, other):
        return self.compare(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.compare(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.compare(self.obj, other.obj) == 0


def cmp_to_key(compare):
    def key(obj):
        return _Key(obj, compare)
    return key


# `@wraps(wrapped)` gives the wrapper the wrapped function's attributes. kiln keeps none on
# function values, so the function it makes is one of this module's: asking for its `__name__`
# is refused rather than answered with the wrapper's.
def wraps(wrapped):
    def decorate(function):
        def wrapped_call(*args, **keywords):
            return function(*args, **keywords)
        return wrapped_call
    return decorate
