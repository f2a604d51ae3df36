# Realistic byte processing: checksums, hex dump, run-length encoding, XOR cipher, base16.
def adler32(data):
    a = 1
    b = 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def fnv1a(data):
    h = 0x811c9dc5
    for x in data:
        h = ((h ^ x) * 0x01000193) & 0xffffffff
    return h
def hexdump(data):
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        text = ""
        for x in chunk:
            text += chr(x) if 32 <= x < 127 else "."
        print("%04x  %-16s  |%s|" % (off, chunk.hex(), text))
def rle(data):
    out = list(b"")
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out.append(j - i)
        out.append(data[i])
        i = j
    return bytes(out)
def unrle(data):
    out = b""
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return out
def xor(data, key):
    out = list(b"")
    for i in range(len(data)):
        out.append(data[i] ^ key[i % len(key)])
    return bytes(out)

text = "The quick brown fox — jumps over the lazy dog. Ünïcödé ✓"
raw = text.encode()
print(len(text), len(raw), adler32(raw), hex(fnv1a(raw)), adler32(b""), fnv1a(b"a"))
hexdump(raw)
packed = rle(b"aaaabbbcccccccccd\x00\x00" + b"z" * 300)
print(packed, len(packed), unrle(packed)[:20], len(unrle(packed)))
key = "k3y!".encode("ascii")
secret = xor(raw, key)
print(secret.hex())
print(secret[:12], xor(secret, key) == raw, xor(secret, key).decode(), xor(b"", key), xor(b"\x00\x00", b"\xff"))
# Line-oriented parsing of ASCII records.
records = b"alice,30\nbob,25\ncarol,41\n"
start = 0
for pos in range(len(records)):
    if records[pos] == 10:
        line = records[start:pos]
        comma = 0
        while line[comma] != 44:
            comma += 1
        print(line[:comma].decode().title(), int(line[comma + 1:].decode()) * 2, line)
        start = pos + 1
