# sys.exit(2) from inside a loop: exit status 2, nothing on stderr
import sys

values = [3, 1, 4, 1, 5]
for v in values:
    if v == 4:
        print("found 4, stopping")
        sys.exit(2)
    print("value", v)
print("not reached")
