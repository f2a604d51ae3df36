# ord/chr round trips across the code point range.
for c in ["a", "A", "0", " ", "~", "\n", "\x00", "\x7f", "é", "ÿ", "Ā", "€", "日", "\uffff", "😀", "\U0010ffff"]:
    n = ord(c)
    print(n, hex(n), chr(n) == c, len(chr(n)))
print(chr(65) + chr(97) + chr(48), chr(0x65e5) + chr(0x672c), chr(0x1F600))
codes = [ord(c) for c in "Kiln €"]
print(codes)
shifted = ""
for code in [ord(x) for x in "HAL"]:
    shifted += chr(code + 1)
print(shifted)
total = 0
for c in "héllo":
    total += ord(c)
print(total)
print(chr(ord("a") + 25), ord(chr(1114111)))
