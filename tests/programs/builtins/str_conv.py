# str() of every supported type.
print(str(0), str(-15), str(9223372036854775807), str(1_000))
print(str(1.0), str(-2.5), str(1e16), str(1e-5), str(0.1 + 0.2), str(-0.0), str(float("nan")))
print(str(True), str(False), str(None), str("already"), str(""))
s = str(3) + str(4.0) + str(True)
print(s, len(s))
print(str(str(5)), str(len("日本")), str(10 / 4), str(2 ** 10))
n = 255
digits = str(n)
print("digits: " + digits + ", count: " + str(len(digits)))
