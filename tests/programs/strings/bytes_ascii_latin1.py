# ASCII and Latin-1 codecs under their aliases, with every error handler.
ascii_names = ["ascii", "ASCII", "us-ascii", "US_ASCII", "646", "Us-Ascii", "us ascii"]
latin_names = ["latin-1", "latin1", "LATIN_1", "iso-8859-1", "iso8859_1", "ISO_8859-1", "8859", "cp819", "l1", "L1", "latin"]
for n in ascii_names:
    print(n, "plain text".encode(n), b"plain".decode(n), "x~".encode(encoding=n))
for n in latin_names:
    print(n, "déjà vu".encode(n), b"d\xe9j\xe0".decode(n), "ÿ".encode(n))
# Latin-1 maps every byte to the code point with the same value.
allb = bytes(range(256))
text = allb.decode("latin-1")
print(len(text), [ord(c) for c in text] == list(range(256)), text.encode("latin-1") == allb)
print(repr(text[120:140]), repr(text[160:180]), len(text.encode("utf-8")))
# ASCII accepts exactly 0..127.
good = 0
for i in range(256):
    s = bytes([i]).decode("ascii", "replace")
    if s != "\ufffd":
        good += 1
print("ascii ok", good, allb[:128].decode("ascii") == text[:128])
samples = ["café", "Ωmega", "naïve €5", "😀!", "plain", "ÿ\u0100"]
for s in samples:
    row = [s]
    for enc in ["ascii", "latin-1"]:
        for h in ["ignore", "replace", "backslashreplace"]:
            row.append(str(s.encode(enc, h)))
    print(" | ".join(row))
for raw in [b"abc", b"\x80\xff", b"caf\xe9", b"\x7f\x80"]:
    print(raw, repr(raw.decode("ascii", "ignore")), repr(raw.decode("ascii", "replace")),
          repr(raw.decode("us-ascii", "backslashreplace")), repr(raw.decode("latin1")), repr(raw.decode("l1", "strict")))
# bytes(str, encoding[, errors]) matches str.encode.
print(bytes("Zürich", "latin-1"), bytes("Zürich", "utf-8"), bytes("Zürich", "ascii", "replace"), bytes("Zürich", "ascii", "ignore"))
print(bytes("Zürich", "latin-1") == "Zürich".encode("latin-1"), bytes("€", "ascii", "backslashreplace"))
# Latin-1 bytes decoded as UTF-8 and back.
lat = "Größe".encode("latin-1")
print(lat, lat.decode("utf-8", "replace"), lat.decode("utf-8", "backslashreplace"), lat.decode("latin-1").encode("utf-8"))
utf = "Größe".encode()
print(utf, utf.decode("latin-1"), utf.decode("latin-1").encode("latin-1") == utf, len(utf.decode("latin-1")))
