# Specs computed at run time, like nested fields {x:{w}.{p}f}.
x = 3.14159265
for w in [1, 6, 10]:
    for p in [0, 2, 4]:
        spec = str(w) + "." + str(p) + "f"
        print(spec, "[" + format(x, spec) + "]")
for fill in ["*", "0", " "]:
    for align in ["<", ">", "^"]:
        spec = fill + align + "9"
        print(repr(spec), "[" + format(-42, spec) + "]", "[" + format("ab", spec) + "]")
for t in ["b", "o", "x", "X", "d", "e", "f", "g", "%"]:
    spec = "#" + t if t in "box" else t
    if t in "efg%":
        print(t, format(255.0, spec))
    else:
        print(t, format(255, spec))
