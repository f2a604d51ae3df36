# Malformed UTF-8 of every kind decoded with the ignore, replace and backslashreplace handlers.
cases = [
    b"\x80", b"\xbf", b"a\x80\x80b", b"\xc0", b"\xc1\xbf", b"\xc0\x80", b"\xc2",
    b"\xc2A", b"x\xdf", b"\xe0", b"\xe0\x80", b"\xe0\x80\x80", b"\xe0\x9f\xbf", b"\xe0\xa0",
    b"\xe0\xa0A", b"\xe2\x82", b"\xe2\x82A", b"\xe2A\x82", b"\xed\xa0\x80", b"\xed\xbf\xbf",
    b"\xed\x9f", b"\xef\xbf", b"\xf0", b"\xf0\x80\x80\x80", b"\xf0\x8f\xbf\xbf", b"\xf0\x90",
    b"\xf0\x90\x80", b"\xf0\x90\x80A", b"\xf0\x9f\x98", b"\xf4\x8f\xbf", b"\xf4\x90\x80\x80",
    b"\xf5\x80\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xfc\x84\x80\x80\x80\x80", b"\xfe", b"\xff\xfe",
    b"ok\xff\xe2\x82A\xc0\xafz\xf0\x90\x80", b"\xc3\xa9\xc3", b"\xe2\x82\xac\xe2\x82",
    b"\xf0\x9f\x98\x80\xf0\x9f\x98", b"\x80\xc3\xa9\x80",
]
handlers = ["ignore", "replace", "backslashreplace"]
for raw in cases:
    parts = []
    for h in handlers:
        t = raw.decode("utf-8", h)
        parts.append(repr(t) + "/" + str(len(t)))
    print(raw, len(raw), " ".join(parts))
# Handlers passed by keyword and both arguments by keyword.
bad = b"caf\xe9 \xe2\x82\xac \xf0\x9f"
print(bad.decode(errors="replace"), bad.decode(encoding="utf-8", errors="ignore"))
print(bad.decode("utf8", errors="backslashreplace"), bytes(bad).decode("UTF-8", "replace").count("\ufffd"))
# Replacement characters re-encode as EF BF BD.
fixed = bad.decode("utf-8", "replace")
print(fixed.encode(), len(fixed.encode()), fixed.encode().decode() == fixed)
# backslashreplace output is plain ASCII and survives an ASCII round trip.
esc = b"caf\xe9 \xf0\x9f".decode("utf-8", "backslashreplace")
print(esc, esc.encode("ascii"), esc.encode("ascii").decode("ascii") == esc)
# Counting replacements over all single bytes.
counts = {}
for i in range(256):
    t = bytes([i]).decode("utf-8", "replace")
    counts[t == "\ufffd"] = counts.get(t == "\ufffd", 0) + 1
print(counts)
# Every lead byte followed by a single continuation byte.
for lead in [0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xf0, 0xf1, 0xf4, 0xf5]:
    r = bytes([lead, 0x80]).decode("utf-8", "backslashreplace")
    r2 = bytes([lead, 0xa0, 0x80, 0x80]).decode("utf-8", "replace")
    print(hex(lead), ascii(r), repr(r), len(r2), [ord(c) for c in r2])
