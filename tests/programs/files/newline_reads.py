with open("nl.txt", "w") as f:
    f.write("a\r\nb\rc\nd\r\r\ne\r")
f = open("nl.txt")
out = []
while True:
    ch = f.read(1)
    if not ch:
        break
    out.append(ch)
print(out)
f.close()
with open("nl.txt") as f:
    print([f.readline(2) for _ in range(8)])
with open("nl.txt") as f:
    print(f.readlines())
with open("nl.txt") as f:
    print(repr(f.read(3)), repr(f.read(100)), repr(f.read()))
# big file with \r\n crossing 8192 boundary
with open("big.txt", "w") as f:
    f.write("x" * 8191 + "\r\n" + "y" * 10 + "\r")
    f.write("\n" + "é" * 5000 + "\n")
with open("big.txt") as f:
    lines = f.readlines()
print(len(lines), [len(l) for l in lines], repr(lines[0][-3:]), repr(lines[1]))
with open("big.txt") as f:
    total = 0
    chunks = 0
    while True:
        s = f.read(1000)
        if not s:
            break
        chunks += 1
        total += len(s)
print(total, chunks)
with open("u.txt", "w", encoding="utf-8") as f:
    n = f.write("héllo wörld €uro 😀!\n")
    print(n)
with open("u.txt", encoding="utf-8") as f:
    print(repr(f.read(5)), repr(f.readline(3)), repr(f.read(4)), repr(f.read()))
