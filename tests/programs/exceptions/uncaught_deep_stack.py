# An uncaught runtime ZeroDivisionError raised four calls deep: the traceback lists every frame.
def level4(n):
    return 100 // n


def level3(n):
    return level4(n - 3) + 1


def level2(n):
    x = level3(n)
    return x * 2


def level1(n):
    print("level1", n)
    return level2(n)


print(level1(5))
print(level1(3))
