# int(s, base) with a base outside 0 and 2..36.
b = 36
while b >= 0:
    print(b, int("5", b))
    b = b - 35
print("not reached")
