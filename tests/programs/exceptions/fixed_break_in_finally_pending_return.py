# break/continue in a finally discard a pending return (and a return in finally overrides it).
def g():
    for i in range(3):
        try:
            return i
        finally:
            break
    return -1


def h():
    n = 0
    for i in range(3):
        try:
            return i
        finally:
            n += 1
            continue
    return n


def k():
    try:
        return "try"
    finally:
        for j in range(2):
            if j == 1:
                break
        return "finally"


print(g(), h(), k())
