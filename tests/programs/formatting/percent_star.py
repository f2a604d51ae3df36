# * takes the width or precision from the argument tuple.
for w in [1, 4, 8]:
    print("[%*d] [%-*d] [%*s] [%-*s]" % (w, 42, w, 42, w, "ab", w, "ab"))
for p in [0, 1, 3, 6]:
    print("[%.*f] [%.*e] [%.*s] [%10.*f]" % (p, 3.14159, p, 2718.28, p, "truncate", p, -1.5))
print("[%*.*f] [%-*.*f]" % (10, 2, 3.14159, 9, 3, 2.5))
print("[%*d]" % (-6, 7), "[%*s]" % (-5, "x"))
print("[%0*d] [%+*d] [%#*x]" % (6, 42, 6, 42, 8, 255))
cols = [("name", 10), ("qty", 5), ("price", 9)]
print("".join("%-*s" % (w, c) for c, w in cols) + "|")
