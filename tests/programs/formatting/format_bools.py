# Booleans format as True/False with an empty spec but as the ints 1/0 with any other spec.
for b in [True, False]:
    print("[" + format(b) + "]", "[" + format(b, "") + "]", "[" + format(b, "^6") + "]", "[" + format(b, "d") + "]", "[" + format(b, ".2f") + "]", "[" + format(b, "#b") + "]", "[" + format(b, "+") + "]", "[" + format(b, "<3") + "]", "[" + str(b).center(7, "*") + "]")
print(repr(True), str(False), [True, False], (False,))
