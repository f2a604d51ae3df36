# Alignment, fill characters and width for strings, ints and floats.
for s in ["", "a", "kiln", "日本", "longer than ten"]:
    print("[" + format(s, "^10") + "]", "[" + format(s, "*<7") + "]", "[" + format(s, ">6") + "]", "[" + format(s, "-^9") + "]", "[" + format(s, "10") + "]")
for n in [0, 42, -42]:
    print("[" + format(n, "8") + "]", "[" + format(n, "<8") + "]", "[" + format(n, "^8") + "]", "[" + format(n, "=8") + "]", "[" + format(n, "*=+8") + "]", "[" + format(n, "08") + "]", "[" + format(n, "x^9") + "]")
for x in [3.5, -3.5]:
    print("[" + format(x, "10") + "]", "[" + format(x, "<10") + "]", "[" + format(x, "^10.2f") + "]", "[" + format(x, "=10") + "]", "[" + format(x, "010") + "]", "[" + format(x, "€>9") + "]")
print("[" + format("x", "😀^5") + "]", "[" + format(7, "{<4") + "]", "[" + format(7, "}>4") + "]")
