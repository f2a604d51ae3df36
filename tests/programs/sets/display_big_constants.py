# Set displays of big-int and bytes literals iterate in CPython's order (its constant folding).
print({100000000000000000000, -5, 7, 1000})
for v in {18446744073709551616, 3, 36893488147419103232, -1}:
    print(v)
print({b"x", b"y", b"z", b"a"})
