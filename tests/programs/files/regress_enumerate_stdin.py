import sys
for i, line in enumerate(sys.stdin, 1):
    print(i, line.strip())
