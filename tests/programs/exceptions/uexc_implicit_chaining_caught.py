# raising a user exception inside an except block (implicit chaining), caught by the caller
class CleanupError(Exception):
    pass


class TaskError(Exception):
    pass


def task(n):
    try:
        if n % 2 == 0:
            raise TaskError("task " + str(n) + " failed")
        return n
    except TaskError as e:
        print("  handling:", e)
        raise CleanupError("cleanup after task " + str(n))


for n in range(4):
    try:
        print("result", task(n))
    except CleanupError as e:
        print("caller saw", type(e).__name__, "-", e)
    except TaskError as e:
        print("never reached", e)
