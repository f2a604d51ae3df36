import sys
for line in sys.stdin:
    if not line.strip():
        break
print(repr(sys.stdin.read()))
