# Three exceptions chained: an implicit context, then an explicit cause; the report lists all three in order.
def stage1():
    return int("one")


def stage2():
    try:
        return stage1()
    except ValueError:
        return [0, 1][2]


def stage3():
    try:
        return stage2()
    except IndexError as e:
        raise RuntimeError("pipeline failed") from e


print("start")
print(stage3())
