# Float ** that overflows raises OverflowError (unlike float *).
x = 10.0
print(x ** 308)
print(x ** 309)
