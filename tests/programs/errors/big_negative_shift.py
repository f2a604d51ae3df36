# Shifting a big int by a negative count raises ValueError.
x = 2 ** 100 + 1
for k in range(2, -2, -1):
    print(k, x >> k, x << k)
print("not reached")
