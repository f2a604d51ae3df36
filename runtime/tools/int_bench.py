"""CPython's timings for the benchmarks of runtime/examples/int_bench.rs.

    python3 runtime/tools/int_bench.py [FILTER]

Prints the best of a few runs of each operation, in the same format.
"""
import sys
import time

sys.set_int_max_str_digits(0)


def fact():
    f = 1
    for i in range(1, 20001):
        f = f * i
    return f


def lin():
    x = 1
    for i in range(100000):
        x = x * 7 + i
    return x


def squares():
    s = 0
    for i in range(10_000_000):
        s = s + i * i
    return s


def adds(start):
    s = start
    for i in range(10_000_000):
        s = s + (i & 1023)
    return s


def main():
    flt = sys.argv[1] if len(sys.argv) > 1 else ""
    ten_k, hundred_k, py = 3 ** 20959, 3 ** 209590, 3 ** 200000
    ten_k_text, hundred_k_text = str(ten_k), str(hundred_k)
    benches = [
        ("str(3**20959) (10000 digits)", 5, lambda: str(ten_k)),
        ("str(3**209590) (100000 digits)", 5, lambda: str(hundred_k)),
        ("str(3**200000) (95425 digits)", 5, lambda: str(py)),
        ("int(<10000 digits>) (no limit)", 5, lambda: int(ten_k_text)),
        ("int(<100000 digits>) (no limit)", 5, lambda: int(hundred_k_text)),
        ("factorial(20000) by repeated *", 3, fact),
        ("x = x * 7 + i, 100000 times", 1, lin),
        ("s += i * i, 10**7 times", 3, squares),
        ("s += i & 1023, 10**7 times (all small)", 3, lambda: adds(0)),
        ("s += i & 1023, 10**7 times (s ~ 2**70)", 3, lambda: adds(2**70)),
        ("3**1000000, squared", 3, lambda: (lambda a: a * a)(3 ** 1000000)),
    ]
    for name, runs, f in benches:
        if flt in name:
            best = float("inf")
            for _ in range(runs):
                t = time.perf_counter()
                f()
                best = min(best, time.perf_counter() - t)
            print(f"{name:<44} {best * 1e3:>12.3f} ms")


main()
