# Shifting by a negative count raises ValueError.
n = 3
for k in range(2, -2, -1):
    print(n << k)
print(n)
