with open("it's \"q\".txt", "w") as f:
    f.write("a\nbb\nccc\ndddd\neeeee\n")
print(repr(f.name), f)
try:
    open("it's missing.txt")
except FileNotFoundError as e:
    print(e)
with open("it's \"q\".txt") as f:
    print(f.readlines())
with open("it's \"q\".txt") as f:
    print(repr(f.read(3)), repr(f.readline(-5)))
with open("w.txt", "w", encoding="utf_8") as f:
    f.writelines("abc")
    f.writelines({"k1": 1, "k2": 2})
    print(f.encoding, f.flush(), f.write(""))
print(repr(open("w.txt", encoding=None).read()))
with open("long.txt", "w") as f:
    f.write("z" * 100000 + "\n" + "\u2028mid\x0cline\x1c\n" + "é" * 9000)
with open("long.txt") as f:
    a = f.readline()
    b = f.readline()
    c = f.readline()
    print(len(a), repr(b), len(c), len(f.readline()))
print(len(open("long.txt").read().splitlines()))
