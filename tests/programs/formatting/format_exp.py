# Exponent formats e/E with precision, width and zero padding.
for x in [0.0, 1.0, -1.0, 12345.6789, 0.00012345, 1e100, -1e-100, 5e-324, 1.7976931348623157e308, 9.9999, 0.5]:
    print(format(x, "e"), format(x, ".3e"), format(x, "08.3e"), format(x, "E"), format(x, ".0e"), format(x, "#.0e"), format(x, "+.2E"))
for n in [0, 1, 12345, -99999, 10 ** 30]:
    print(format(n, "e"), format(n, ".2e"), format(n, "12.1E"))
print(format(float("inf"), "e"), format(float("nan"), "E"), format(float("-inf"), "010e"))
