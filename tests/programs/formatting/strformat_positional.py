# "literal".format(...) with automatic and numbered positional fields.
a = 3
b = 4.5
c = "kiln"
print("{} {} {}".format(a, b, c))
print("{0} {1} {2}".format(a, b, c))
print("{2} {1} {0} {2} {0}".format(a, b, c))
print("{0}{0}{0}".format("ab"))
print("{}".format(None), "{}".format([1, 2]), "{}".format((1, "x")), "{}".format({"k": 1}))
print("no fields".format(), "no fields".format(1, 2))
print("{1}".format("unused", "used"))
print("{} + {} = {}".format(a, a, a + a))
print("{0} squared is {1}, {0} cubed is {2}".format(a, a * a, a ** 3))
print("[{}]".format(""), "[{0}]".format("x"), "{}{}".format("", ""))
print("{}-{}".format(-0.0, 1e100), "{}".format(True), "{}".format(2**100))
for i in range(3):
    print("item {} of {}: {}".format(i + 1, 3, "abc"[i] * (i + 1)))
