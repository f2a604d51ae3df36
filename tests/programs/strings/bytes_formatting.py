# Printing and formatting bytes: print, str, repr, ascii, f-strings, %-formatting, str.format.
items = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\path\\", b"\x00\x1f\x7f\x80\xff", b"tab\tnl\n"]
for b in items:
    s = str(b)
    r = repr(b)
    print(b, s == r, len(s), ascii(b) == r, f"{b}", f"{b!r}", f"{b!s}", f"{b!a}")
    print("  %s | %r | %10s | %-10s| %.4s" % (b, b, b, b, b))
    print("  {} | {!r} | {:>3} | {!s:*^16}".format(b, b, len(b), b))
print(items)
print((items[0], items[1], items[2]), {b"k": items[1]}, [items[2:4]])
print(items[0], items[1], items[2], items[3])
print(items[0], items[1], items[2], sep=" / ", end=" <end>\n")
label = b"data"
width = 12
print(f"[{label!s:>{width}}] [{label!r:<{width}}] [{str(label):^{width}}] [{len(label):03d}]")
print(f"{label}{label}", f"{label + label}", f"{label * 2!r}", f"{label[1:3]}", f"{label[0]}", f"{label[0]:x}")
print("%s=%d" % (label, len(label)), "%r" % (label,), "%s%s" % (b"a", "b"), "%-6s|%6s" % (b"x", b"y"))
print(str(label) + "!", repr(label) + "?", "<" + str(b"\n") + ">", len(str(bytes(10))))
msg = "value: " + str(b"\xe2\x82\xac") + " decoded: " + b"\xe2\x82\xac".decode()
print(msg, len(msg))
print(format(label), format(label, ""), f"{label:}", format(str(label), ">10"))
for b in [b"'", b'"', b"'\"", b"\"'", b"''", b'""']:
    print(repr(b), str(b), "%r" % b, f"{b!r:>8}|")
