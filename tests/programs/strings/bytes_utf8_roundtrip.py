# UTF-8 encode/decode round trips over 1-, 2-, 3- and 4-byte characters.
texts = ["", "a", "hello", "é", "naïve café", "Ω≈ç√∫", "€100", "日本語テキスト",
         "😀", "a😀b", "𝄞 music", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff",
         "mixed: aé€😀", "\t\n\r", "Ελληνικά", "русский", "עברית", "🇫🇷🇩🇪"]
total = 0
for t in texts:
    e = t.encode()
    e2 = t.encode("utf-8")
    e3 = t.encode(encoding="UTF8")
    d = e.decode()
    total += len(e)
    print(repr(t), len(t), len(e), e, e == e2, e2 == e3, d == t, len(d) == len(t))
    print("  ", e.hex(), [x for x in e[:6]], bytes(e) == e, d.encode() == e)
print("total bytes", total)
# Byte counts per code point boundary.
for cp in [0, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff]:
    c = chr(cp)
    b = c.encode("utf_8")
    print(hex(cp), len(b), b, b.hex(), b.decode("u8") == c, ord(b.decode()) == cp)
# Decoding via the different spellings.
raw = b"\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9"
for name in ["utf-8", "UTF-8", "utf8", "U8", "utf_8", "UTF", "cp65001", "Utf-8"]:
    print(name, raw.decode(name), raw.decode(encoding=name), len(raw.decode(name)))
# Lead bytes classify the sequence length.
for x in "a€😀é".encode():
    if x < 0x80:
        kind = "ascii"
    elif x < 0xc0:
        kind = "cont"
    elif x < 0xe0:
        kind = "lead2"
    elif x < 0xf0:
        kind = "lead3"
    else:
        kind = "lead4"
    print(x, hex(x), kind)
