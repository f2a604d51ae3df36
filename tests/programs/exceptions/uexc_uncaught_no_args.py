# uncaught "raise MyError" (no arguments): the last stderr line is just the class name
class NothingLeft(Exception):
    pass


def take(items):
    if len(items) == 0:
        raise NothingLeft
    return items.pop()


stack = [1, 2]
print(take(stack))
print(take(stack))
print(take(stack))
