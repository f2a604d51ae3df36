# int(s, 16) of a string that is not a base-16 literal (g is not a hex digit).
print(int("0x1f", 16), int("1F", 16), int("-0X_ff", 16))
print(int("0x1g", 16))
print("not reached")
