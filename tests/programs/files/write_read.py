# Writing a text file, then reading it back every way a script does.

with open("notes.txt", "w") as f:
    print(f.write("first line\n"))
    f.write("second line\n")
    f.write("third, without a newline")
    print(f)
    print(f.closed, f.name, f.mode, f.readable(), f.writable())
print(f.closed)

with open("notes.txt") as f:
    print(repr(f.read()))

with open("notes.txt") as f:
    print(repr(f.readline()))
    print(repr(f.readline(6)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.readline()))

with open("notes.txt", "r") as f:
    print(f.readlines())

with open("notes.txt") as f:
    number = 0
    for line in f:
        number += 1
        print(number, line.rstrip("\n"))

with open("notes.txt") as f:
    first = next(f)
    rest = [line for line in f]
print(repr(first), rest)

f = open("notes.txt", "rt", encoding="utf-8")
print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)))
print(len(f.read()))
print(repr(f.read()))
f.close()
f.close()
print(f.closed)

text = open("notes.txt").read()
print(text.count("line"), len(text.splitlines()))
