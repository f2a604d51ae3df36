# Iterating over characters yields code points, including multi-byte ones.
text = "aé日😀 Z"
for c in text:
    print(repr(c), ord(c), c.isalpha(), c.upper())
count = 0
for c in "naïve café 東京 🎉🎉":
    if ord(c) > 127:
        count += 1
print(count)
chars = list("héllo")
print(chars, len(chars))
for i, c in enumerate("日本語"):
    print(i, c)
rev = ""
for c in "abc😀":
    rev = c + rev
print(rev)
print(sorted("éaé😀b"))
