# Decorators (variant of decorators.py: logged() does not read fn.__name__): wraps, call counting, argument validation, decorators with arguments, stacking.
import functools
from typing import Callable

calls: dict[str, int] = {}


def counted(fn: Callable[..., int]) -> Callable[..., int]:
    @functools.wraps(fn)
    def wrapper(*args: int) -> int:
        calls[fn.__name__] = calls.get(fn.__name__, 0) + 1
        return fn(*args)
    return wrapper


def logged(prefix: str) -> Callable[[Callable[..., int]], Callable[..., int]]:
    def deco(fn: Callable[..., int]) -> Callable[..., int]:
        def wrapper(*args: int) -> int:
            result = fn(*args)
            print(f"{prefix} {args} -> {result}")
            return result
        return wrapper
    return deco


def non_negative(fn: Callable[..., int]) -> Callable[..., int]:
    def wrapper(*args: int) -> int:
        for a in args:
            if a < 0:
                raise ValueError(f"{fn.__name__}: negative argument {a}")
        return fn(*args)
    return wrapper


@logged("[calc]")
@counted
def add(a: int, b: int) -> int:
    return a + b


@counted
def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


@non_negative
@logged(">>")
def power(b: int, e: int) -> int:
    return b ** e


@functools.lru_cache(maxsize=None)
def paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(add(2, 3), add(10, -4))
print(fact(10))
print(sorted(calls.items()))
print(power(2, 10), power(3, 4))
try:
    power(2, -1)
except ValueError as e:
    print("ValueError:", e)
print(paths(16, 16), paths(3, 3))


def retry(times: int) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    def deco(fn: Callable[[int], int]) -> Callable[[int], int]:
        def wrapper(x: int) -> int:
            last = ""
            for attempt in range(1, times + 1):
                try:
                    return fn(x)
                except RuntimeError as e:
                    last = str(e)
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times}: {last}")
        return wrapper
    return deco


state = [0]


@retry(3)
def flaky(x: int) -> int:
    state[0] += 1
    if state[0] % 3 != 0:
        raise RuntimeError(f"flake #{state[0]}")
    return x * 100


print(flaky(7))
print(flaky(8))
state[0] = 10
try:
    retry(1)(flaky)(1)
except RuntimeError as e:
    print("final:", e)
