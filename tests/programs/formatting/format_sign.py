# Sign options + - and space, for ints and floats, including zero and negative zero.
for n in [5, 0, -5]:
    print("[" + format(n, "+d") + "]", "[" + format(n, "-d") + "]", "[" + format(n, " d") + "]", "[" + format(n, "+") + "]", "[" + format(n, " 5") + "]", "[" + format(n, "+05") + "]")
for x in [2.5, 0.0, -0.0, -2.5, float("inf"), float("nan")]:
    print("[" + format(x, "+") + "]", "[" + format(x, " ") + "]", "[" + format(x, "+.1f") + "]", "[" + format(x, " .2e") + "]", "[" + format(x, "-g") + "]", "[" + format(x, "+08.2f") + "]")
