# Very long precisions and widths print the exact binary value's decimal expansion.
print(format(0.1, ".60f"))
print(format(1e300, "f"))
print(format(5e-324, ".30e"), format(2.0 ** 1000, ".3e"))
print(format(1 / 3, ".50g"), format(1e-320, "g"), format(2.0 ** -30, ".40f"))
print(len(format(1, "3000")), len(format(0.5, ".1000f")), format(7, "40").count(" "))
print(format(123456789, ".3e"), format(-(10 ** 40), ".2e"), format(2 ** 53 + 1, ".1f"))
