# Repeated squaring grows past 2**63 (CPython keeps exact big integers).
x = 3
for i in range(7):
    print(i, x)
    x = x * x
print("final", x)
