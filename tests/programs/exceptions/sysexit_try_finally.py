# sys.exit inside try/finally: finally blocks run (innermost first), then exit status 4
import sys


def inner():
    try:
        print("inner try")
        sys.exit(4)
    finally:
        print("inner finally")


try:
    try:
        inner()
    except Exception:
        print("Exception does not catch SystemExit")
    finally:
        print("outer finally")
finally:
    print("module finally")
print("not reached")
