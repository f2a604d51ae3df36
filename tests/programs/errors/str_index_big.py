# A big index inside the i64 range is an ordinary out-of-range index.
print("ab"[1])
print("ab"[2**62])
