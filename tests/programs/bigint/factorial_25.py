# Factorials up to 25!; 21! is the first one above 2**63.
def fact(n):
    r = 1
    for k in range(2, n + 1):
        r = r * k
    return r


for n in range(15, 26):
    print(n, fact(n))
