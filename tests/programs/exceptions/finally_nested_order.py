# Nested finally clauses run innermost first as an exception travels out through several frames.
def level3():
    try:
        print("level3 raising")
        raise RuntimeError("deep")
    finally:
        print("level3 finally")


def level2():
    try:
        try:
            level3()
        finally:
            print("level2 inner finally")
        print("level2 not reached")
    finally:
        print("level2 outer finally")


def level1():
    try:
        level2()
    except RuntimeError as e:
        print("level1 caught", e)
    finally:
        print("level1 finally")
    return "level1 done"


print(level1())
