# Codec names as CPython normalizes them, and encode errors over runs of characters.
for name in ["UTF-8", "utf8", "U8", "UTF--8", "  utf8  ", "cp65001", "ASCII", "us-ascii", "ANSI_X3.4-1968", "cp367", "646", "latin-1", "ISO-8859-1", "iso_8859_1:1987", "L1", "cp819"]:
    print(name, "é!".encode(name, "replace"), b"\xe9!".decode(name, "replace"))
for text in ["ab日本語", "é€x", "a😀😀b"]:
    print(text.encode("ascii", "backslashreplace"), text.encode("latin-1", "replace"))
