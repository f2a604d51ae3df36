# a user exception raised in finally replaces the one in flight; a return in finally discards it
class First(Exception):
    pass


class Second(Exception):
    pass


def replace():
    try:
        raise First("first")
    finally:
        raise Second("second")


def swallow():
    try:
        raise First("swallowed")
    finally:
        return "returned from finally"


try:
    replace()
except First as e:
    print("got First", e)
except Second as e:
    print("got Second", e)
print(swallow())
