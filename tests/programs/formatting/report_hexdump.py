# A hexdump of text code points: offsets, hex bytes and printable columns.
text = "Hello, kiln!\tÀ bientôt\n0123456789 {braces} %d"
codes = [ord(c) for c in text]
for start in range(0, len(codes), 8):
    chunk = codes[start:start + 8]
    hexes = " ".join(f"{c:02x}" for c in chunk)
    shown = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
    print(f"{start:08x}  {hexes:<24} |{shown:<8}|")
for c in codes[:6]:
    print("%3d %#06x %#o %s %r" % (c, c, c, format(c, "08b"), chr(c)))
print("{:>5}{:>5}{:>5}".format("dec", "hex", "chr"))
for c in [65, 97, 233, 960, 8364]:
    print("{0:>5d}{0:>5X}{0:>5c}".format(c))
