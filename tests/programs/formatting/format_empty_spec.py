# format(x) and format(x, "") are str(x) for ints, floats, bools, strings and None.
print(format(42), format(-0.0), format(1e16), format(0.1), format(True), format("s"))
print(format(42, ""), format(2.5, ""), format(False, ""), format("", "") == "", format(10 ** 25, ""))
print(format(1e16, "") == str(1e16), format(1e-5, "") == str(1e-5), format(float("nan"), ""))
