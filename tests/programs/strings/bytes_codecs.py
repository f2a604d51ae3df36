# str.encode / bytes.decode / bytes(): UTF-8, ASCII and Latin-1 with strict, ignore, replace, backslashreplace.
print(bytes(range(65, 70)), bytes([True, False]), bytes(b"x"), bytes("abc", "ascii", "strict"))
data = "naïve".encode()
print(data.decode("latin-1"), "x".encode(encoding="utf-8"), data.decode(errors="strict"))
words = {}
for w in b"a b a".split() if False else [b"a", b"b", b"a"]:
    words[w] = words.get(w, 0) + 1
print(words, b"-".hex())
data = b"ok\xff\xe2\x82A\xc0\xafz\xf0\x90\x80"
for h in ["ignore", "replace", "backslashreplace", "strict"]:
    try_text = data.decode("utf-8", h) if h != "strict" else "-"
    print(h, repr(try_text))
print(repr(b"a\x80b".decode("ascii", "replace")), repr(b"a\x80b".decode("ascii", "ignore")), repr(b"a\x80b".decode("ascii", "backslashreplace")))
for h in ["ignore", "replace", "backslashreplace"]:
    print(h, "aé€😀".encode("ascii", h), "aé€😀".encode("latin-1", h))
print("x".encode("utf-8", "bogus"))
