# sys.getrecursionlimit, sys.setrecursionlimit (deeper recursion after raising it) and sys.maxsize.
import sys

print(sys.getrecursionlimit(), sys.maxsize)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(20000)
print(sys.getrecursionlimit(), depth(5000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize + 1, -sys.maxsize - 1)
