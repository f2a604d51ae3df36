# `nonlocal` writes: counters and accumulators kept in closures.
def counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step


c = counter(0)
c()
c()
print(c())
other = counter(100)
print(other(), c())


def running_average():
    total = 0.0
    n = 0
    def add(x):
        nonlocal total, n
        total += x
        n += 1
        return total / n
    return add


avg = running_average()
for v in [1, 2, 3, 4]:
    print(avg(v))


def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
            return x
        inner()
        return inner()
    r = middle()
    return r, x


print(outer())


def collect():
    seen = []
    def remember(item):
        seen.append(item)
        return len(seen)
    remember("a")
    remember("b")
    return seen, remember("c")


print(collect())


def last_result():
    result = None
    def record(value):
        nonlocal result
        result = value
    if result is None:
        print("nothing yet")
    record(42)
    if result is not None:
        print("result", result + 1)
    return result


print(last_result())


def toggler():
    state = False
    def flip():
        nonlocal state
        state = not state
        return state
    return [flip() for _ in range(5)]


print(toggler())
