# printf-style corner cases: %.0s, %c with str, float operands for %d, flag combinations, long precision.
print("%.0s|" % "abc", "%c" % "é", "%5c|" % 10004)
print("%d" % 2.9999999, "%d" % -0.5, "%x" % True, "%o" % False)
print("%#.3g|%#x|%#o" % (1.0, 0, 0))
print("% +d|%+ d|%-05d|%0-5d|" % (5, 5, 5, 5))
print("%e" % 0, "%f" % 10**20, "%g" % 10**17)
print("%10.4s|" % "abcdefgh", "%-10r|" % "q")
print("%s" % "%s", "%%%s%%" % "x", "%s%%%s" % (1, 2))
print("%.100f" % 1.0)
print("%.60e" % 0.1)
print("%i|%u" % (True, -3))
print("%r" % 1e-7, "%s" % 1e-7, "%s" % 2**64)
print("%a" % "\U0001f600", "%r" % "\x85", "%s" % "\x85")
x = 3
x_s = "%d apples"
x_s %= x
print(x_s)
print("%.2f%s" % (1.005, "!"), "%3d%3d%3d" % (1, 22, 333))
print("a %s b" % ["%d"])
