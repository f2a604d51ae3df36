# With base 0, a non-zero decimal literal may not start with 0 (as in source code).
print(int("0", 0), int("00", 0), int("0_0", 0), int("0x0", 0), int("10", 0))
print(int("010", 0))
print("not reached")
