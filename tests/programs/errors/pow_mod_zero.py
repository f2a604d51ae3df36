# pow() with a zero modulus.
for m in range(3, -1, -1):
    print("pow(2, 10, " + str(m) + ") =", pow(2, 10, m))
print("not reached")
