# Zero padding interacts with explicit alignment, signs, # prefixes and grouping.
for n in [42, -42, 0]:
    print("[" + format(n, "06") + "]", "[" + format(n, "<06") + "]", "[" + format(n, "^06") + "]", "[" + format(n, ">06") + "]", "[" + format(n, "=06") + "]", "[" + format(n, "#06x") + "]", "[" + format(n, "+06,") + "]")
for x in [1.5, -1.5, float("inf"), float("nan")]:
    print("[" + format(x, "08.2f") + "]", "[" + format(x, "^09") + "]", "[" + format(x, "<08") + "]", "[" + format(x, "08e") + "]")
print("[" + format("ab", "05") + "]", "[" + format("ab", "<05") + "]", "[" + format(1, "<<5") + "]", "[" + format(2, "\n^5").replace("\n", "~") + "]")
print(format(-1234567.0, "015,.1f"), format(1234, "_>+12,"), format(123, "=^+#10_x"))
