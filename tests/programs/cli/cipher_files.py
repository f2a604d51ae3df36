# Encrypts a file with a Vigenere cipher into another file, decrypts it back, and checks
# the round trip; key from argv, letter statistics via divmod and a Counter.
import sys
from collections import Counter

key = sys.argv[1].lower()
PLAIN = """Attack at dawn!
The quick brown fox jumps over the lazy dog.
Numbers 12345 and symbols #@! stay put.
Ünïcode letters stay too: café, naïve.
"""
with open("plain.txt", "w") as f:
    f.write(PLAIN)

def shift_char(ch, k, sign):
    if "a" <= ch <= "z":
        base = ord("a")
    elif "A" <= ch <= "Z":
        base = ord("A")
    else:
        return ch, False
    _, off = divmod(ord(ch) - base + sign * k, 26)
    return chr(base + off), True

def transform(src, dst, sign):
    i = 0
    changed = 0
    with open(src) as fin, open(dst, "w") as fout:
        for line in fin:
            out = []
            for ch in line:
                k = ord(key[i % len(key)]) - ord("a")
                new, used = shift_char(ch, k, sign)
                if used:
                    i += 1
                    changed += 1
                out.append(new)
            fout.write("".join(out))
    return changed

n1 = transform("plain.txt", "secret.txt", 1)
n2 = transform("secret.txt", "back.txt", -1)
print("letters shifted:", n1, n2)
print(open("secret.txt").read(), end="")
same = open("back.txt").read() == open("plain.txt").read()
print("round trip ok:", same)
freq = Counter(ch for ch in open("secret.txt").read().lower() if ch.isalpha() and ch.isascii())
top = freq.most_common(5)
print(top)
total = sum(freq.values())
for ch, c in sorted(top):
    pct, rem = divmod(c * 1000, total)
    print(f"{ch}: {pct // 10}.{pct % 10}% (+{rem})")
