# Closures (variant of closures.py: the bound-default trick replaced by a factory, compose() takes a list instead of *fs): counters, nonlocal, late binding, accumulators, function factories.
from typing import Callable


def make_counter(start: int = 0, step: int = 1) -> Callable[[], int]:
    n = start - step

    def tick() -> int:
        nonlocal n
        n += step
        return n
    return tick


def make_multipliers() -> list[Callable[[int], int]]:
    fs = []
    for i in range(4):
        fs.append(lambda x: x * i)
    return fs


def make_multipliers_bound() -> list[Callable[[int], int]]:
    fs = []
    def make(k: int) -> Callable[[int], int]:
        def mul(x: int) -> int:
            return x * k
        return mul
    for i in range(4):
        fs.append(make(i))
    return fs


def make_account(balance: int) -> tuple[Callable[[int], int], Callable[[int], int], Callable[[], list[str]]]:
    history: list[str] = []

    def deposit(x: int) -> int:
        nonlocal balance
        balance += x
        history.append(f"+{x}")
        return balance

    def withdraw(x: int) -> int:
        nonlocal balance
        if x > balance:
            history.append(f"!{x}")
            return balance
        balance -= x
        history.append(f"-{x}")
        return balance

    def log() -> list[str]:
        return list(history)
    return deposit, withdraw, log


c1 = make_counter()
c2 = make_counter(10, 5)
print([c1() for _ in range(3)], [c2() for _ in range(3)], c1())
print([f(10) for f in make_multipliers()])
print([f(10) for f in make_multipliers_bound()])
dep, wd, log = make_account(100)
print(dep(50), wd(500), wd(30), dep(5))
print(log())


def compose(fs: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for f in reversed(fs):
            x = f(x)
        return x
    return run


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose([inc, dbl])(5), compose([dbl, inc])(5), compose([])(7))


def memo_fib() -> Callable[[int], int]:
    cache: dict[int, int] = {0: 0, 1: 1}

    def fib(n: int) -> int:
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib


fib = memo_fib()
print(fib(90), fib(10))
x = 1


def outer() -> Callable[[], int]:
    x = 2

    def inner() -> int:
        return x * 10
    x = 3
    return inner


print(outer()(), x)
