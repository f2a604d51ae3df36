# str() of ints, floats, bools, None and containers, and its length.
values = [str(0), str(-17), str(10 ** 20), str(1.0), str(-0.0), str(1e16), str(1.5e-7), str(0.1 + 0.2), str(True), str(False), str(None)]
for v in values:
    print(v, len(v))
print(str([1, 2]), str(("a", 1.5)), str({"k": [None]}), str(""), str("x") == "x")
print(str(2 ** 64) + "!", str(float("inf")), str(float("nan")), str(-float("inf")))
print(int(str(123) + str(456)) + 1, float(str(2.5) + "5"))
