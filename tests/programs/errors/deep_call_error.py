# An error raised deep inside nested calls still ends the program with exit 1.
def level3(x):
    return 10 // x


def level2(x):
    print("level2", x)
    return level3(x - 1) + 1


def level1(x):
    print("level1", x)
    return level2(x) * 2


print(level1(3))
print(level1(1))
print("not reached")
