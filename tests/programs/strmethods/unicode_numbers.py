# int() and float() accept Unicode decimal digits, underscores and Unicode whitespace.
print(int("١٢٣"), int("\u0966\u0967"), int(" 12\u3000"), int("\uff11\uff12"), float("١.٥"), float(" \u20031e2\u2003"))
print(int("1_2_3"), int("0b101", 0), int("0o17", 0), int("-0x_f", 16), int("١_٢"), int("Z", 36), int("-0"))
print(float("1_000.5"), float("infinity"), float("-NaN"), float("  +1.5E-3  "), float("-0"), float(".5"), float("5."))
for s in ["٣", "²", "½", "7", "Ⅻ", "߃"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
digits = ""
for c in "a1b٢c³d":
    if c.isdecimal():
        digits += c
print(digits, int(digits))
