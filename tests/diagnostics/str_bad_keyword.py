# An unknown keyword argument of a str method is CPython's TypeError at compile time.
print("a\tb".expandtabs(size=4))  # error: [type-error]
