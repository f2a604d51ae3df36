# Old-style % formatting (variant of percentfmt.py without the %(name)s mapping line).
rows = [("alpha", 3, 0.5), ("beta-longer-name", 12345, 2.0 / 3.0), ("γ", -7, -1e-5), ("delta", 0, 1e10)]
print("%-18s|%8s|%12s" % ("name", "count", "value"))
print("%s+%s+%s" % ("-" * 18, "-" * 8, "-" * 12))
for name, n, v in rows:
    print("%-18.18s|%8d|%12.4g" % (name, n, v))
print("%5.1f%% done" % 66.666)
print("%x %X %o %#x %#o %08.3f %+d %e" % (255, 255, 8, 255, 8, 3.14159, 42, 12345.6789))
print("%r %s %a" % ("quote's", "plain", "ünï"))
print("%c%c%c" % (75, 105, 108) + "%c" % "n")
print("[%*d] [%-*d] [%.*f]" % (6, 42, 6, 42, 2, 2.71828))
total = sum(n for _, n, _ in rows)
print("total=%d mean=%.3f" % (total, total / len(rows)))
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only-one",))
except TypeError as e:
    print("TypeError:", e)
print("100%% literal, %s" % "ok")
print("%5s|%-5s|%05d|% d" % ("ab", "cd", -42, 7))
