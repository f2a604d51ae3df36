# Formatting of integers beyond 64 bits.
big = 2 ** 100 + 12345
for n in [big, -big, 10 ** 30, 2 ** 64 - 1]:
    print(format(n, ","), format(n, "x"), format(n, "#o"), format(n, ">45"), format(n, "e"), format(n, ".3g"))
print(format(big, "_b")[:30], len(format(big, "b")), format(-big, "+050,"))
print(format(10 ** 40, "%")[:10], format(10 ** 20, ".2f"))
