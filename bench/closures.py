# Calls of closures: adders and multipliers made by factories, composed, a counter with a
# `nonlocal` variable, and a dispatch list holding closures of different functions (about
# 150 million closure calls).


def make_adder(k):
    def add(x):
        return x + k

    return add


def make_scaler(k):
    def scale(x):
        return x * k % 1000003

    return scale


def compose(f, g):
    def both(x):
        return f(g(x))

    return both


def make_counter():
    count = 0

    def tick(step):
        nonlocal count
        count += step
        return count

    return tick


def run(n):
    inc = make_adder(2)
    mixed = compose(make_scaler(7), make_adder(-2))
    tick = make_counter()
    stages = [make_adder(5), make_scaler(3), make_adder(11), make_scaler(13)]
    acc = 0
    for i in range(n):
        acc = (acc + mixed(inc(i))) % 1000003
        acc = stages[i % 4](acc) % 1000003
        tick(acc & 7)
    return acc, tick(0)


acc, ticks = run(25000000)
print(acc)
print(ticks)
