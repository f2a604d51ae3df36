# Every printf conversion: d i u o x X e E f F g G c r s a and %%.
n = 255
x = 1234.5678
s = "héllo"
print("%d %i %u" % (n, n, n))
print("%o %x %X" % (n, n, n))
print("%e %E %f %F %g %G" % (x, x, x, x, x, x))
print("%c%c%c %c" % (75, 105, 108, "n"))
print("%c|%c|%c" % (233, 0x1F600, "€"))
print("%r %s %a" % (s, s, s))
print("%a %a %a" % ("日本", 3.5, ["ü"]))
print("%d %i %u" % (3.99, -3.99, 2.5))
print("%g %g %g %g %g" % (1e-5, 123456789.0, 0.0001, 1e16, 100))
print("%G %E %F" % (1e-10, 1e300, float("inf")))
print("%f %e %g %F" % (float("nan"), float("-inf"), -0.0, 3))
print("%x %o %X" % (2**70, -2**65, 48879))
print("%d" % (10**30), "%.2f" % (10**20), "%e" % 10**25)
print("%s %r" % (1e100, 0.1 + 0.2))
print("%5.1s|%-4c|%3c|" % ("xyz", 65, "z"))
