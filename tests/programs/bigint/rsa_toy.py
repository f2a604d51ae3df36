# A toy RSA: key generation from fixed primes, encryption, decryption, signatures.
def gcd(a, b):
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def text_to_int(s, n):
    # the message: a decimal string, reduced modulo n
    return int(s) % n


p = 10 ** 40 + 121
q = 10 ** 41 + 109
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
print("n =", n)
print("n has", len(str(n)), "digits and", n.bit_length(), "bits")
print("gcd(e, phi) =", gcd(e, phi))
d = pow(e, -1, phi)
print("d =", d)
print("e * d % phi =", e * d % phi)
# CRT parameters
dp = d % (p - 1)
dq = d % (q - 1)
qinv = pow(q, -1, p)
print("dp =", dp, "dq =", dq, "qinv =", qinv)
m = 12345678901234567890
for i in range(8):
    c = pow(m, e, n)
    back = pow(c, d, n)
    # CRT decryption must agree
    m1 = pow(c, dp, p)
    m2 = pow(c, dq, q)
    h = qinv * (m1 - m2) % p
    crt = m2 + h * q
    print(i, m, c, back == m, crt == m)
    m = m * 1000003 + i
    m = m % n
# signature: s = h**d mod n, verify s**e == h
msg = text_to_int("31415926535897932384626433832795028841971", n)
sig = pow(msg, d, n)
print("signature:", sig)
print("verifies:", pow(sig, e, n) == msg, "tampered verifies:", pow(sig + 1, e, n) == msg)
