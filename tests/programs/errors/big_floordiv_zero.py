# Floor division of a big numerator by zero.
n = 10 ** 30 + 7
d = 3
while d >= 0:
    print(n, "//", d, "=", n // d)
    d = d - 1
print("not reached")
