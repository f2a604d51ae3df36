# Caesar and Vigenere ciphers, with round trips and a brute-force crack.
import string

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase


def shift_char(c: str, k: int) -> str:
    if c in LOWER:
        return LOWER[(LOWER.index(c) + k) % 26]
    if c in UPPER:
        return UPPER[(UPPER.index(c) + k) % 26]
    return c


def caesar(text: str, k: int) -> str:
    return "".join(shift_char(c, k) for c in text)


def vigenere(text: str, key: str, decrypt: bool = False) -> str:
    out = []
    j = 0
    for c in text:
        if c.isalpha() and c.isascii():
            k = ord(key[j % len(key)].lower()) - ord("a")
            out.append(shift_char(c, -k if decrypt else k))
            j += 1
        else:
            out.append(c)
    return "".join(out)


def score(text: str) -> int:
    common = "etaoinshr"
    return sum(3 if c in common[:4] else 1 for c in text.lower() if c in common)


msg = "Attack at Dawn! Meet me by the old oak tree, Zone 9."
for k in (1, 3, 13, 25, -1, 52):
    enc = caesar(msg, k)
    print(f"k={k:>3}: {enc}")
    assert caesar(enc, -k) == msg
secret = caesar(msg, 17)
best = max(range(26), key=lambda k: score(caesar(secret, -k)))
print("cracked shift:", best, "->", caesar(secret, -best))
for key in ("lemon", "KEY", "a"):
    v = vigenere(msg, key)
    back = vigenere(v, key, decrypt=True)
    print(f"{key:>6}: {v} | ok={back == msg}")
print(vigenere("ATTACKATDAWN", "LEMON"))
rot13 = caesar("Why did the chicken cross the road?", 13)
print(rot13, "|", caesar(rot13, 13))
