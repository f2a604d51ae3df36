# math's run-time errors: CPython's exception types and messages.
import math


def attempt(label: str, n: int) -> None:
    try:
        if n == 0:
            print(math.sqrt(-1))
        elif n == 1:
            print(math.log(0))
        elif n == 2:
            print(math.log(-5))
        elif n == 3:
            print(math.exp(1000))
        elif n == 4:
            print(math.factorial(-1))
        elif n == 5:
            print(math.isqrt(-4))
        elif n == 6:
            print(math.comb(-1, 2))
        elif n == 7:
            print(math.perm(3, -1))
        elif n == 8:
            print(math.floor(math.inf))
        elif n == 9:
            print(math.ceil(math.nan))
        elif n == 10:
            print(math.sqrt(10**400))
        elif n == 11:
            print(math.log(10, 1))
        elif n == 12:
            print(math.log(0, 10))
        elif n == 13:
            print(math.pow(0.0, -1.0))
        elif n == 14:
            print(math.pow(-8.0, 1 / 3))
        elif n == 15:
            print(math.pow(10.0, 400.0))
        elif n == 16:
            print(math.ldexp(1.0, 5000))
        elif n == 17:
            print(math.ldexp(1.0, 10**30))
        elif n == 18:
            print(math.isclose(1.0, 2.0, rel_tol=-1.0))
        elif n == 19:
            print(math.fmod(math.inf, 2.0))
        elif n == 20:
            print(math.remainder(1.0, 0.0))
        elif n == 21:
            print(math.acosh(0.5))
        elif n == 22:
            print(math.cosh(1000))
        elif n == 23:
            print(math.log(-(10**500)))
        elif n == 24:
            print(math.trunc(math.inf))
        elif n == 25:
            print(math.log2(0))
    except ValueError as e:
        print(label, "ValueError", e)
    except OverflowError as e:
        print(label, "OverflowError", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError", e)


for i in range(26):
    attempt(str(i), i)
print(math.sqrt(-0.25 * 4))
