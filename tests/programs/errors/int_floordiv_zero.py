# Floor division of ints by zero.
def fd(a, b):
    return a // b


total = 0
for d in range(3, -1, -1):
    total = total + fd(100, d)
    print("d =", d, "total =", total)
print("not reached")
