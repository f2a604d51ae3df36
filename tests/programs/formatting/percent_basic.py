# printf-style % formatting of strings: %s %d %r %f and literal %%.
name = "kiln"
count = 3
ratio = 0.756
print("%s is %d" % (name, count))
print("%s has %d items (%.1f%%)" % (name, count, ratio * 100))
print("%r vs %s" % (name, name))
print("%s %s %s" % (1, 2.5, None))
print("%s | %r | %s" % (["1", "a"], ["1", "a"], (1,)))
print("%s" % "single", "%d" % 42, "%r" % "it's", "%.3f" % 2.0)
print("100%% sure", "%d%%" % 50, "%%s stays" % ())
print("%s" % (("nested", "tuple"),))
print("%s %s" % ("a", ("b", "c")))
print("[%s]" % "", "[%r]" % "", "[%s]" % ([],), "[%s]" % ({},))
for i in range(1, 4):
    print("row %d: %s = %.2f" % (i, "x" * i, i / 3))
print("%s" % ({"k": "v"},))
print("%s and %s" % (True, False), "%d" % True, "%s" % -0.0)
