# int() and float() parsing errors for many spellings and bases
vals = ["1", "2.5", "x", " 7 ", "", "1e3", "0x10", "inf", "-", "1_000"]
for v in vals:
    try:
        print("int", int(v))
    except ValueError as e:
        print("int error:", e)
    try:
        print("float", float(v))
    except ValueError as e:
        print("float error:", e)
for b in [2, 8, 16, 36]:
    try:
        print(int("zz", b))
    except ValueError as e:
        print(b, e)
try:
    int("10", 1)
except ValueError as e:
    print(e)
