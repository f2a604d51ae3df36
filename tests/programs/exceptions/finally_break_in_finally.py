# break or continue inside finally discards the exception in flight.
def with_break():
    count = 0
    while True:
        count += 1
        try:
            raise ValueError("dropped by break")
        finally:
            break
    return count


def with_continue():
    seen = []
    for i in range(5):
        try:
            if i % 2 == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def break_after_handler():
    tries = 0
    for i in range(3):
        tries += 1
        try:
            raise IndexError("first")
        except IndexError:
            raise ValueError("raised in handler")
        finally:
            break
    return tries


print(with_break())
print(with_continue())
print(break_after_handler())
print("no exception escaped")
