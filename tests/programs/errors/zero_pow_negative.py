# 0.0 raised to a negative power.
print(0.0 ** 2, 0.0 ** 0)
e = -1
print(0.0 ** e)
