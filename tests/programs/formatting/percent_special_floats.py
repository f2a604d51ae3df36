# % formatting of inf, nan, signed zero, huge and tiny floats.
inf = float("inf")
nan = float("nan")
for x in [inf, -inf, nan, -0.0, 0.0, 1e308, 5e-324, 1e-310, 1e22, 1e23]:
    print("%f|%e|%g|%F|%E|%G|%s|%r" % (x, x, x, x, x, x, x, x))
    print("[%10f] [%-10.2e] [%+g] [% f] [%010.1f] [%.0f] [%#.0e]" % (x, x, x, x, x, x, x))
print("%.20f" % 0.1, "%.17g" % 0.1, "%.0e" % 5e-324)
print("%.3f %.3f %.3f" % (0.0005, 0.0015, 0.0025))
