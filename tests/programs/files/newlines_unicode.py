# Universal newlines on reading, and UTF-8 text.

with open("mixed.txt", "w") as f:
    f.write("unix\nwindows\r\nold mac\rend")
with open("mixed.txt") as f:
    print(f.readlines())
with open("mixed.txt") as f:
    print(repr(f.read()))

words = ["café", "naïve", "日本語", "emoji 🎉", "Ελληνικά"]
with open("unicode.txt", "w", encoding="utf-8") as f:
    for w in words:
        f.write(w + "\n")
with open("unicode.txt", encoding="UTF-8") as f:
    for line in f:
        w = line.rstrip("\n")
        print(w, len(w), w.upper())
with open("unicode.txt") as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.readline()))

# A long file crosses the read buffer many times.
with open("long.txt", "w") as f:
    for i in range(5000):
        f.write(f"{i:05d} {'x' * (i % 37)}\n")
total = 0
count = 0
with open("long.txt") as f:
    for line in f:
        total += len(line)
        count += 1
print(count, total)
data = open("long.txt").read()
print(len(data), data[:12], data[-8:].strip())
with open("long.txt") as f:
    chunks = 0
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        chunks += 1
print(chunks)
