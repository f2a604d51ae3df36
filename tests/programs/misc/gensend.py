# Generators driven by send(): running averages, a tokenizer state machine, and StopIteration.
from typing import Generator


def averager() -> Generator[float, float, str]:
    total = 0.0
    count = 0
    avg = 0.0
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return f"done after {count}"


def running_max() -> Generator[int, int, None]:
    best = -1
    while True:
        v = yield best
        if v is not None and v > best:
            best = v


avg = averager()
print(next(avg))
for v in [10.0, 20.0, 0.0, 5.5]:
    print(f"sent {v} -> avg {avg.send(v):.3f}")
try:
    next(avg)
except StopIteration:
    print("averager stopped")

rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])


def accumulate_words() -> Generator[int, str, None]:
    words: list[str] = []
    while True:
        w = yield len(words)
        if w is None:
            continue
        if w == "":
            print("  words:", words)
            words = []
        else:
            words.append(w)


acc = accumulate_words()
next(acc)
for w in ["alpha", "beta", "", "gamma", ""]:
    n = acc.send(w)
    print(f"send({w!r}) -> {n}")
print(next(acc))

g = running_max()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)


def gen_once() -> Generator[int, None, None]:
    yield 1


it = gen_once()
print(next(it), next(it, -1), next(it, -2))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
