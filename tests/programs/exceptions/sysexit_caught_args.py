# catching SystemExit raised by sys.exit and printing it, its repr and args; the program continues
import sys


def leave(k):
    if k == 0:
        sys.exit()
    if k == 1:
        sys.exit(5)
    sys.exit("goodbye")


for k in range(3):
    try:
        leave(k)
    except SystemExit as e:
        print(k, "caught:", "[" + str(e) + "]", repr(e), e.args, len(e.args))
try:
    sys.exit(0)
except BaseException as e:
    print("BaseException catches it too:", type(e).__name__)
print("still running")
