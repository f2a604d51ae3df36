# A tour of the text file API: modes, attributes, reads after EOF, keyword arguments.
path = "tour.txt"
with open(file=path, mode="wt", encoding="utf-8") as f:
    print(f.name, f.mode, f.encoding, f.closed, f.readable() if False else "-", f.writable())
    n1 = f.write("first\n")
    n2 = f.write("sécond ☃\n")
    f.writelines(("third", "\n", "fourth\n"))
    print("a", "b", "c", sep="--", end="!\n", file=f)
    print(n1, n2)

def show(f):
    print(f"{f.mode!r:>5}: readable={f.readable()} writable={f.writable()} name={f.name}")
    f.close()

show(open(path, "r"))
show(open(path, "rt"))
show(open(path, "tr"))
show(open(path, "r+"))
show(open(path, "+r"))
show(open(path, "a+"))
show(open(path, "at"))

f = open(path, encoding="utf8")
print(repr(f.readline()), repr(next(f)))
rest = f.readlines()
print(rest)
print(repr(f.read()), repr(f.readline()), f.readlines())
try:
    next(f)
except StopIteration:
    print("StopIteration at EOF")
print("no next default")
for line in f:
    print("never", line)
f.close()
f.close()
print("closed twice ok:", f.closed)

with open(path) as a, open("copy.txt", "w") as b:
    for line in a:
        b.write(line.upper())
print(a.closed, b.closed, open("copy.txt").read().splitlines())

with open(path) as f:
    pass
try:
    f.read()
except ValueError as e:
    print("after with:", e)

g = open("out.txt", "x")
g.write("exclusive\n")
g.close()
try:
    with open("out.txt", "x") as h:
        print("opened", h.mode)
except FileExistsError as e:
    print("FileExistsError:", e)
print(repr(open("out.txt").read()))
with open("out.txt", "a") as h:
    h.write("appended\n")
with open("out.txt", "r+") as h:
    h.write("EXCL")
print(repr(open("out.txt").read()))
