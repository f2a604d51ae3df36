# 2 ** 64 does not fit in 64 bits (CPython prints the exact value).
for e in range(60, 66):
    print(e, 2 ** e)
print("done")
