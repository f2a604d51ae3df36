# Format specs in str.format fields, including nested {} and {n} fields inside specs.
pi = 3.14159265
print("{:.2f} {:>10} {:<5}| {:^9} {:+d} {:08.3e}".format(pi, "right", "l", "mid", 5, pi))
print("{:{}.{}f}".format(pi, 10, 3))
print("{0:{1}.{2}f}|{0:{2}.{1}f}".format(pi, 9, 2))
print("{:{}{}{}}".format("x", "*", "^", 7))
print("{val:{fill}>{width}}".format(val=42, fill="0", width=6))
print("{:{w}.{p}e} {:>{w}}".format(12345.678, "end", w=12, p=2))
print("{:,} {:_} {:#b} {:o} {:X} {:%} {:.3g} {:c}".format(10**9, 65535, 5, 64, 3054, 0.25, 1e-9, 8364))
for w in range(2, 12, 3):
    print("[{:>{}}] [{:<{}.2f}] [{:^{}}]".format("ab", w, -1.5, w, "ñ", w))
print("{0:>{1}} {0:<{1}} {0:^{1}}|".format("x", 5))
print("{!r:>8} {!s:*<8} {!a:^10}".format("q", "s", "é"))
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melons", 1, 2.75)]
for name, qty, price in rows:
    print("{:<8}{:>4} x {:>5.2f} = {:>6.2f}".format(name, qty, price, qty * price))
