# sys.exit("message"): message printed on stderr, exit status 1
import sys


def check(n):
    if n < 0:
        sys.exit("error: negative input " + str(n))
    return n


print(check(4))
print(check(-2))
