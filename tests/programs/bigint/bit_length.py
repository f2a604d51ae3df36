# x.bit_length() on int variables: zero, negatives, powers of two and their neighbours.
x = 0
print(x, x.bit_length())
for k in range(0, 140, 7):
    p = 2 ** k
    q = p - 1
    r = p + 1
    np = -p
    nq = -q
    print(k, p.bit_length(), q.bit_length(), r.bit_length(), np.bit_length(), nq.bit_length())
for k in range(60, 67):
    p = 2 ** k
    m = p - 1
    n = -p
    n1 = n - 1
    print(k, p.bit_length(), m.bit_length(), n.bit_length(), n1.bit_length())
big = 10 ** 1000
neg = -(10 ** 1000)
one = 1
m1 = -1
print(big.bit_length(), neg.bit_length(), one.bit_length(), m1.bit_length())
# bit_length agrees with counting shifts
y = 3 ** 200
count = 0
z = y
while z > 0:
    z = z >> 1
    count = count + 1
print(y.bit_length(), count, y.bit_length() == len(bin(y)) - 2)
s = 0
v = 1
for i in range(300):
    v = v * 5 + 1
    s = s + v.bit_length()
nv = -v
print(s, v.bit_length(), nv.bit_length())
