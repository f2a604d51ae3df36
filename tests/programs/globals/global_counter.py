# A module-level counter updated from functions via the global statement.
counter = 0
calls = 0


def bump(n):
    global counter, calls
    counter = counter + n
    calls += 1


def reset():
    global counter
    counter = 0


def read():
    return counter


for i in range(5):
    bump(i)
print(counter, calls, read())
reset()
print(counter, calls)
bump(100)
print(read(), calls)
