# str() of an int with more than 4300 decimal digits raises ValueError in CPython 3.11.
x = 10 ** 4299
print("4300 digits are fine:", len(str(x)))
y = 3 ** 10478
print("3**10478 (5000 digits) has", y.bit_length(), "bits")
print(y)
print("not reached")
