# Generator functions: lazy bodies, next(), StopIteration, return, exhausted generators.


def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")


g = count_up(3)
print("made")
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print("StopIteration")
print(next(g, -1))
print(list(g))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for f in fib():
    if f > 1000:
        break
    out.append(f)
print(out)

big = fib()
for _ in range(100):
    last = next(big)
print(last)


def early(n):
    for i in range(n):
        if i == 2:
            return
        yield i
    print("unreachable")


print(list(early(10)))


def empty():
    return
    yield 1


print(list(empty()), next(empty(), "nothing"))


def maybe(n):
    if n > 0:
        yield n


it = maybe(5)
print(next(it, None), next(it, None))

# A generator is its own iterator, and a second loop over it sees nothing.
it = count_up(2)
print(iter(it) is it)
for x in it:
    print("first loop", x)
for x in it:
    print("second loop", x)


def floats(x):
    while x < 2.0:
        yield x
        x *= 1.5


print([round(f, 3) for f in floats(0.5)])


def pairs(words):
    for i, w in enumerate(words):
        yield w, i * i


for word, square in pairs(["a", "b", "c"]):
    print(word, square)
