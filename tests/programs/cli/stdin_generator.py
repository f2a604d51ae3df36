# A generator over sys.stdin consumed a little at a time, interleaved with input(),
# sys.stdin.readline() and readlines(); a later loop and comprehension see nothing left.
import sys

def records():
    for line in sys.stdin:
        line = line.strip()
        if line:
            yield line

g = records()
print(next(g), next(g))
print(repr(input()))
print(next(g))
print(repr(sys.stdin.readline()))
for r in g:
    print("r", r)
    if r == "x":
        break
print(sys.stdin.readlines())
print(list(g))
nums = [int(x) for x in sys.stdin]
print(nums)
try:
    input("more? ")
except EOFError as e:
    print()
    print("EOFError:", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
