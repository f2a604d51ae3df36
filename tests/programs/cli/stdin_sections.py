# Reads a multi-section stdin: a count via input(), that many lines via readline(), a
# section via for-loop up to "END", a comprehension over the rest of one section, then read().
import sys

n = int(input().strip())
points = []
for i in range(n):
    x, y = sys.stdin.readline().split()
    points.append((int(x), int(y)))
print("points:", points)
cx = sum(p[0] for p in points) / n
cy = sum(p[1] for p in points) / n
print(f"centroid: ({cx:.3f}, {cy:.3f})")

commands = []
for line in sys.stdin:
    cmd = line.strip()
    if cmd == "END":
        break
    if cmd:
        commands.append(cmd)
print("commands:", commands)

stack = []
for cmd in commands:
    op, _, arg = cmd.partition(" ")
    if op == "push":
        stack.append(int(arg))
    elif op == "pop":
        print("  popped", str(stack.pop()) if stack else "nothing")
    elif op == "divmod":
        b = stack.pop()
        a = stack.pop()
        q, r = divmod(a, b)
        stack.extend([q, r])
        print(f"  divmod({a}, {b}) = ({q}, {r})")
print("stack:", stack)

name = input("who> ")
print(f"[{name}]")
tail = sys.stdin.readlines()
print(len(tail), "tail lines")
numbers = [int(t) for t in tail if t.strip().lstrip("-").isdigit()]
print("numbers:", numbers, "sum:", sum(numbers))
for line in sys.stdin:
    print("never", line)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("again> ")
except EOFError as e:
    print()
    print("EOFError:", e)
