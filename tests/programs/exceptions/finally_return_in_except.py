# return inside try or except runs finally first; nested finally clauses run inner then outer.
log = []


def f(s):
    try:
        log.append("try " + s)
        n = int(s)
        log.append("parsed")
        return n
    except ValueError:
        log.append("except")
        return -1
    finally:
        log.append("finally")


def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")


print(f("12"))
print(f("zz"))
print(log)
print(nested_return())
