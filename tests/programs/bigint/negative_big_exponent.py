# A negative big literal exponent makes int ** int a float, as in CPython.
print(2 ** -100000000000000000000, 10 ** -4611686018427387904 + 7)
print(pow(3, -10000000000000000000000))
