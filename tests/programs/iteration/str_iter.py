# Iterating over strings, split results and characters.
s = "a1b2c3"
letters = []
digits = []
for c in s:
    if c.isdigit():
        digits.append(int(c))
    else:
        letters.append(c)
print(letters, digits, digits[0] + digits[-1])
for word in "one two  three".split():
    print(word, len(word))
for i, c in enumerate("héllo"):
    print(i, c)
for line in "x=1\ny=2\n".splitlines():
    k, v = line.split("=")
    print(k, int(v) * 10)
print("stressed"[::-1], list("stressed"[::-1]))
