# pow(base, -1, m) when base and m are not coprime.
m = 2 ** 64 + 3
for b in range(1, 20):
    if b % 5 == 0:
        m = 2 ** 64 - 1
    print(b, pow(b, -1, m))
print("not reached")
