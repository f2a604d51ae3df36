import sys
lines = list(sys.stdin)
print(lines)
