# format(x, spec) with fixed-point specs: precision, rounding half-even on binary values.
values = [0.0, -0.0, 1.0, 3.14159265, -2.71828, 0.125, 0.375, 2.675, 1.005, 1e10, 123456.789, 1e-10, 0.5, 1.5, 2.5, -0.5]
for x in values:
    print(repr(x), format(x, ".2f"), format(x, ".0f"), format(x, "f"), format(x, ".5f"), format(x, ".1f"))
print(format(1e22, ".2f"), format(1e300, ".1f")[:20], format(2 ** 0.5, ".20f"))
print(format(float("inf"), ".2f"), format(float("-inf"), "f"), format(float("nan"), ".3f"), format(float("inf"), "F"), format(float("nan"), "F"))
print(format(7, ".2f"), format(-3, ".1f"), format(True, ".1f"))
print(format(0.5, "#.0f"), format(1.0, "#.0f"))
