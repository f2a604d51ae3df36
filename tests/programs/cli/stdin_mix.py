import sys
n = int(input())
print("n =", n)
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
    if line.startswith("stop"):
        break
name = input("name? ")
print("hello", repr(name))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOF", repr(str(e)))
