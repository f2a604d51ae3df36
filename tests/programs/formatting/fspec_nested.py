# Nested replacement fields inside format specs: width, precision, fill, align, type.
x = 3.14159265
n = 48879
s = "kiln"
for w in [4, 8, 12]:
    for p in [0, 2, 5]:
        print(f"[{x:{w}.{p}f}] [{x:>{w}.{p}e}] [{-x:<{w}.{p}g}] [{s:^{w}.{p + 1}}]")
for t in ["d", "x", "X", "o", "b", "n", ",", "_x", "_b"]:
    print(f"{t:>3}: [{n:{t}}] [{n:>14{t}}] [{n:#>14{t}}] [{n:#>#14{t}}]")
for fill, align in [("*", "<"), ("-", ">"), ("=", "^"), ("0", "=")]:
    print(f"[{-n:{fill}{align}12}] [{x:{fill}{align}12.3f}]")
spec = ">+10.2f"
print(f"[{x:{spec}}] [{-x:{spec}}] [{2 * x:{spec[1:]}}] [{x:{'^' + str(9)}.{1 + 1}}]")
widths = [3, 10, 5]
cells = ["id", "name", "score"]
print("|".join(f"{c:^{w}}" for c, w in zip(cells, widths)))
print("|".join(f"{c:-^{w}}" for c, w in zip(["", "", ""], widths)))
for row_id, name, score in [(1, "ann", 9.5), (22, "bartholomew", 7.25), (333, "cy", 10.0)]:
    print(f"{row_id:>{widths[0]}}|{name:<{widths[1]}.{widths[1]}}|{score:>{widths[2]}.1f}")
