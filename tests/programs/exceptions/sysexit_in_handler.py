# sys.exit(3) from the handler of a user exception: no traceback, exit status 3
import sys


class Fatal(Exception):
    pass


def run(n):
    if n > 1:
        raise Fatal("fatal at " + str(n))
    return n


try:
    for i in range(5):
        print("run", run(i))
except Fatal as e:
    print("fatal:", e)
    sys.exit(3)
print("not reached")
