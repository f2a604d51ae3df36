# bytes indexing and slicing with positive, negative, omitted and stepped bounds.
b = b"0123456789"
n = len(b)
print(b[0], b[9], b[-1], b[-10], b[5] - 48, chr(b[3]))
for i in range(-n, n):
    print(i, b[i], b[i:], b[:i], b[i::-1], b[i::3])
steps = [1, 2, 3, -1, -2, -3, 7, -7, 100, -100]
for st in steps:
    print("step", st, b[::st], b[1:8:st], b[8:1:st], b[-2:-9:st], b[-9:-2:st])
bounds = [-20, -11, -10, -5, 0, 3, 10, 11, 20]
for lo in bounds:
    row = []
    for hi in bounds:
        row.append(str(len(b[lo:hi])))
    print(lo, " ".join(row), b[lo:lo + 2])
e = "aé€😀z".encode()
print(e, len(e), e[1:3], e[1:3].decode(), e[3:6].decode(), e[6:10].decode(), e[:-1][-1])
print(e[::2], e[1::2], e[::-1], e[::-1][::-1] == e, e[2:2], e[5:2], bytes(e[0:1]) == b"a")
x = b"abc"
y = x[:]
print(y == x, y, x[0:0] == b"", x[-100:100], x[len(x):], x[1:][1:][0])
i = 2
j = -1
print(b[i:j], b[i:j:i], b[j:i:j], b[-i:], b[:-i], b[i * 2:i * 4])
s = b"hello world"
print(s[:5] + b"," + s[5:], s[6:] + s[5:6] + s[:5], s[::-1][:5], (s * 2)[5:17])
k = 0
parts = []
while k < len(s):
    parts.append(s[k:k + 3])
    k += 3
print(parts, sum(len(p) for p in parts), [p[-1] for p in parts])
