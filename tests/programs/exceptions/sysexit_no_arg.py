# sys.exit() with no argument: exit status 0, nothing on stderr, later code not run
import sys


def lines(n):
    for i in range(n):
        print("line", i)
    return n


count = lines(3)
print("printed", count)
sys.exit()
print("not reached")
