# try/finally in each of several functions: an exception unwinds them all in order and is caught at the top.
log = []


def leaf(n):
    try:
        log.append("leaf start " + str(n))
        if n == 0:
            raise IndexError("leaf failed")
        return n
    finally:
        log.append("leaf finally")


def mid(n):
    try:
        v = leaf(n)
        log.append("mid got " + str(v))
        return v * 10
    finally:
        log.append("mid finally")


def top(n):
    try:
        return mid(n)
    except LookupError as e:
        log.append("top caught " + str(e))
        return -1
    finally:
        log.append("top finally")


print(top(2))
print(top(0))
for line in log:
    print(line)
