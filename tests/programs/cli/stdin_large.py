# Large stdin (multi-byte characters, \r\n on some lines, one 20000-character line): a loop
# stops after 1000 lines, then input(), readline() and read() take the rest in order.
import sys

n = 0
total = 0
widest = 0
crlf = 0
for line in sys.stdin:
    n += 1
    total += len(line)
    widest = max(widest, len(line))
    if line.endswith("\r\n"):
        crlf += 1
    if n == 1000:
        break
print(n, total, widest, crlf)
x = input()
print(repr(x[:20]), len(x), x.endswith("\r"))
y = sys.stdin.readline()
print(len(y), repr(y[:6]))
rest = sys.stdin.read()
lines = rest.split("\n")
print(len(rest), rest.count("\n"), repr(rest[-30:]))
print(len(lines), max(len(l) for l in lines), sum(1 for l in lines if l.endswith("\r")))
counts = {}
for l in lines[:-2]:
    k = l.count("é")
    counts[k // 10] = counts.get(k // 10, 0) + 1
print(sorted(counts.items()))
print(repr(sys.stdin.read()))
