# Parameters and locals are separate from module-level variables of the same name.
x = 10
y = 20


def f(x):
    y = x * 2
    return x + y


def g():
    return x + y


def h(a):
    x = a * 3
    return x


print(f(1), x, y)
print(g())
print(h(3), x)
x = 50
print(g())


def counter(n):
    total = 0
    for i in range(n):
        total = total + i
    return total


i = 1000
print(counter(5), i)
total = -1
print(counter(3), total)
