# str(b, encoding), ord() of a bytes, bytes() with keyword arguments.
b = "héllo".encode()
print(str(b, "utf-8"), str(b, "ascii", "replace"), ord(b"a"), bytes("é", encoding="latin-1"), bytes("é", "ascii", errors="replace"))
