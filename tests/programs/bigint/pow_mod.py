# Three-argument pow: big moduli, negative bases, negative moduli, modular inverses.
p = 2 ** 127 - 1
print(pow(3, p - 1, p), pow(2, 127, p), pow(5, 10 ** 30, p), pow(10 ** 40, 10 ** 20, p))
print(pow(-3, 5, 7), pow(3, 5, -7), pow(-3, 5, -7), pow(-3, 4, 7), pow(-2 ** 100, 3, 10 ** 9))
print(pow(0, 0, 7), pow(7, 0, 1), pow(0, 5, 13), pow(5, 0, 13), pow(12, 1, 7), pow(1, 10 ** 30, 97))
print(pow(2, 64, 2 ** 64 + 1), pow(2, 64, 2 ** 64 - 1), pow(2, 63, 2 ** 64), pow(2, 100, 2 ** 200))
print(pow(3, -1, 7), pow(3, -1, -7), pow(-3, -1, 7), pow(10, -1, 17), pow(2, -5, 101))
inv = pow(65537, -1, p - 1)
print(inv, 65537 * inv % (p - 1))
print(pow(123456789, -1, p), pow(123456789, -1, p) * 123456789 % p)
print(pow(5, -3, p) * pow(5, 3, p) % p, pow(-(10 ** 30), -1, p), pow(7, -1, 1))
m = 1000000007
for e in range(0, 130, 11):
    print(e, pow(3, e, m), 3 ** e % m, pow(3, e, m) == 3 ** e % m, pow(-7, e, 10 ** 20), pow(2, e, -m))
# pow with a modulus agrees with repeated multiplication
b = 987654321987654321
acc = 1
ok = True
for e in range(1, 60):
    acc = acc * b % p
    if acc != pow(b, e, p):
        ok = False
print("agrees:", ok, acc)
# Fermat's little theorem for a few known primes, and a composite that fails it
print(pow(2, 2 ** 61 - 2, 2 ** 61 - 1), pow(3, 2 ** 89 - 2, 2 ** 89 - 1), pow(2, 2 ** 67 - 2, 2 ** 67 - 1))
e = -2
print(pow(11, e, 101), pow(11, e, 101) * 121 % 101)
