# String truthiness, and/or on strings, chained comparisons, augmented assignment and a global str.
buf = ""


def add(x):
    global buf
    buf += x
    return len(buf)


def pick(a, b):
    return a or b


def both(a, b):
    return a and b


print(add("ab"), add("é"), add(""), buf)
print(repr(pick("", "dflt")), repr(pick("x", "y")), repr(both("", "y")), repr(both("x", "y")))
print(bool(""), bool(" "), not "", not "a", "" or "" or "z", "a" if "" else "b")
print("a" < "b" < "c", "a" < "c" < "b", "b" > "a" == "a", "x" <= "x" >= "w")
s = "abc"
s *= 2
s += s[::-1]
print(s)
n = 0
while s:
    s = s[1:]
    n += 1
print(n, repr(s))
print(max("a", "B"), min("x", "xy"))
x = "1"
y = x
x += "2"
print(x, y)
t = ("a", "b")
u = t
print(t + ("c",), u, "a" in t)
print(str(3) + str(3.0) + str(True), len(str(-10 ** 30)))
