# finally blocks print on the way out of an uncaught user exception before the traceback
class Crash(Exception):
    pass


def inner():
    try:
        raise Crash("crashed in inner")
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


try:
    print("top try")
    outer()
finally:
    print("top finally")
