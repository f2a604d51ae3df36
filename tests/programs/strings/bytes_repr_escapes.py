# repr of bytes: every byte value 0..255, quote selection, escapes in literals.
allb = bytes(range(256))
print(len(allb))
for start in range(0, 256, 16):
    chunk = allb[start:start + 16]
    print(start, repr(chunk))
widths = {}
for i in range(256):
    one = bytes([i])
    r = repr(one)
    widths[len(r)] = widths.get(len(r), 0) + 1
    if len(r) == 5 or i % 37 == 0:
        print(i, r, str(one), f"{one}", "%s" % one, len(r), r[2:-1])
print(sorted(widths.items()))
print(b"'", b'"', b"'\"", b'\'"', b"it's", b'say "hi"')
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\\'"))
print(b"\t\n\r\x0b\x0c\a\b\0")
print(b"\101\102\103", b"\x41\x42", b"\377", b"\1\12\123")
print(b"line1\
line2", b"a" b"b" b'c' b"""d'e""", len(b"""x
y"""))
print(rb"\n\x00", br"\t", len(rb"\n"), rb"\n"[0], rb"\n"[1])
print(b"\q\z", len(b"\q"))
print([b"\x7f", b"\x80", b"~", b" "], (b"\xff",), {b"\x00": b"\x01"})
print("%r %s" % (b"\x00'", b'"\n'), "%5s|" % b"a", "%-6r|" % b"b")
q = b"q'"
print(f"[{q!r}] [{q!s}] [{q}] [{b'z'}]", "[" + repr(q) + "]", "[" + str(q) + "]")
s = str(b"ab\xcd")
print(s, len(s), s[0], s[-1], s == "b'ab\\xcd'")
