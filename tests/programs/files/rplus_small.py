# r+ and w+ and a+ on small files: reading then writing appends after what was read,
# writing first overwrites from the start, and reads after writes see the end.
with open("s.txt", "w") as f:
    f.write("alpha\nbeta\ngamma\n")
with open("s.txt", "r+") as f:
    print(repr(f.readline()))
    f.write("NEW\n")
    print(repr(f.readline()))
    print(repr(f.read()))
print(repr(open("s.txt").read()))

with open("s.txt", "r+") as f:
    f.write("ALP")
    f.flush()
    print(repr(f.readline()))
    print(f.readable(), f.writable(), f.mode)
print(repr(open("s.txt").read()))

with open("w.txt", "w+") as f:
    print(repr(f.read()))
    f.write("one\ntwo\n")
    print(repr(f.read()), repr(f.readline()))
    f.writelines(["three\n"])
    f.flush()
    print(f.closed)
print(open("w.txt").readlines())

with open("w.txt", "a+") as f:
    f.write("four\n")
    print(repr(f.read()))
    print(f"{f.name}:{f.mode}:{f.encoding}")
lines = open("w.txt").read().splitlines()
print(len(lines), lines)

with open("n.txt", "x+") as f:
    f.write("exclusive\n")
    print(repr(f.read()))
try:
    open("n.txt", "x+")
except FileExistsError as e:
    print("FileExistsError:", e)
with open("n.txt", "r+") as f:
    text = f.read()
    f.write(text.upper())
print(repr(open("n.txt").read()))
