# A single non-tuple right operand, augmented %= and formatting in loops.
print("%s" % 5, "%d" % 7, "%r" % "x", "%5.2f" % 3.14159, "%s" % [1, 2], "%s" % None)
print("%x" % 255, "%c" % 65, "%e" % 0.5, "%s" % 1.0, "%-4s|" % "a", "%s" % True)
msg = "value=%d"
msg %= 10
print(msg)
tpl = "%s-%s"
tpl %= ("a", "b")
print(tpl)
line = "%5.1f%%"
line %= 12.345
print(line)
acc = ""
for i in range(5):
    acc += "%02d:" % i
print(acc)
words = ["alpha", "beta", "gamma"]
for w in words:
    out = "<%s>"
    out %= w
    print(out, "%-8s|%8s|" % (w, w))
print("no placeholders" % ())
print("%s" % ((1, 2),), "%s" % ([3],))
