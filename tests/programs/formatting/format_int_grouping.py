# Thousands separators "," and "_" with widths, signs and bases.
for n in [0, 7, 999, 1000, -1000, 1234567, -9876543210, 10 ** 21]:
    print(format(n, ","), format(n, "_"), format(n, ">15,"), format(n, "<15_") + "|", format(n, "+,"), format(n, "015,"))
for x in [1234.5, -0.001, 1234567.891, 1e16]:
    print(format(x, ","), format(x, ",.2f"), format(x, "_.3f"), format(x, ",g"), format(x, ",e"))
print(format(0xDEADBEEF, "_x"), format(255, "_b"), format(8 ** 9, "_o"), format(0xDEADBEEF, "#_X"))
print(format(1234, "08,"), format(1234, "09,"), format(-1234, "08,"), format(123, "010_"))
