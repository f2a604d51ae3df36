# Modulo of ints by zero.
x = 17
m = 5
while m >= 0:
    print(x, "%", m, "=", x % m)
    m = m - 5
print("not reached")
