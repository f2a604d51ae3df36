# finally blocks run while a user exception propagates through several frames; counters prove it
class Abort(Exception):
    pass


log = []


def inner(n):
    try:
        if n > 2:
            raise Abort("n=" + str(n))
        return n
    finally:
        log.append("inner" + str(n))


def outer(n):
    try:
        return inner(n) * 10
    finally:
        log.append("outer" + str(n))


for n in [1, 3, 2, 5]:
    try:
        print("value", outer(n))
    except Abort as e:
        print("aborted", e)
print(log)
