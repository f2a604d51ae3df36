# A Caesar cipher and ROT13 built from ord/chr, isupper/islower and str building.
def shift_char(c, k):
    if c.isascii() and c.isupper():
        return chr((ord(c) - ord("A") + k) % 26 + ord("A"))
    if c.isascii() and c.islower():
        return chr((ord(c) - ord("a") + k) % 26 + ord("a"))
    return c


def caesar(s, k):
    out = ""
    for c in s:
        out += shift_char(c, k)
    return out


msg = "Hello, World! Ünïcode stays; xyz ABC."
for k in [0, 1, 3, 13, 25, 26, -1]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
print(caesar(caesar("Why did the chicken cross the road?", 13), 13))
