# Handlers for other classes do not stop an IndexError: it escapes through them (running a finally) and is uncaught.
def fetch(items, i):
    try:
        return items[i]
    except KeyError:
        print("KeyError handler (never)")
        return -1
    finally:
        print("fetch finally", i)


def run():
    try:
        print(fetch([1, 2, 3], 1))
        print(fetch([1, 2, 3], 7))
    except (ValueError, ArithmeticError):
        print("wrong handler (never)")
    return 0


run()
