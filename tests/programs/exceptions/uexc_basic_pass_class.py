# class MyError(Exception): pass -- raise with a message, catch by the class, inspect it
class MyError(Exception):
    pass


def check(n):
    if n < 0:
        raise MyError("negative: " + str(n))
    return n * 2


for n in [3, -1, 0, -7]:
    try:
        print("ok", check(n))
    except MyError as e:
        print("caught", e)
        print("  str:", str(e))
        print("  repr:", repr(e))
        print("  type:", type(e).__name__)
        print("  isinstance:", isinstance(e, MyError), isinstance(e, Exception))
print("done")
