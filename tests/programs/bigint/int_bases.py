# int(s, base) for bases 0 and 2..36: prefixes, underscores, signs, case, big values.
for base in range(2, 37):
    print(base, int("10", base), int("-101", base), int("1" * 40, base), int(" +1_0_0 ", base))
print(int("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", 36), int("ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ", 36))
print(int("Kiln", 36), int("kiln", 36), int("-PythonCompiler", 36), int("12z", 36))
print(int("ffffffffffffffffffffffffffffffff", 16), int("-FFFFFFFFFFFFFFFF", 16), int("7fffffffffffffff", 16))
print(int("8000000000000000", 16), int("-8000000000000000", 16), int("10000000000000000", 16))
print(int("0x8000000000000000", 16), int("0X1_0000_0000_0000_0000", 16), int("0o777", 8), int("0O17", 8))
print(int("0b1111111111111111111111111111111111111111111111111111111111111111", 2), int("0B101", 2))
print(int("777777777777777777777777", 8), int("2222222222222222222222222222222222222222222", 3))
print(int("1" + "0" * 64, 2), int("1" + "0" * 63, 2), int("-1" + "0" * 63, 2), int("1" * 64, 2))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0), int("0", 0), int("000", 0), int("0_0", 0))
print(int("-0x_dead_beef_dead_beef_dead_beef", 0), int(" 0b_1_0 ", 0), int("+0O_7_7", 0))
print(int("123456789012345678901234567890", 0), int("-9_223_372_036_854_775_809", 0))
print(int("10", 36) ** 10, int("zz", 36) + 1 == 36 ** 2, int("100", 7) == 49, int("1z", 36))
n = 0
for base in range(2, 37):
    n = n + int("11111111111111111111", base)
print("sum of 20 ones in every base:", n)
s = "1"
for k in range(70):
    s = s + "0"
    if k % 10 == 9 or k == 62 or k == 63:
        print(k + 2, int(s, 2), int(s, 3), int(s, 16), int(s, 36))
