# The string module: its constants and capwords.
import string
from string import ascii_lowercase as lower, capwords

print(string.ascii_uppercase, lower, string.digits)
print(string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(capwords("hello   big  world"), capwords("a-b-c", "-"), string.capwords("x y"))
counts = {c: 0 for c in string.ascii_lowercase}
for ch in "the quick brown fox":
    if ch in counts:
        counts[ch] += 1
print(sorted(c for c in counts if counts[c] > 1))
