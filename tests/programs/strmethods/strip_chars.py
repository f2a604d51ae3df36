# strip/lstrip/rstrip: default whitespace, explicit character sets, None.
s = "  \t\n padded \r\n "
print("[" + s.strip() + "]")
print("[" + s.lstrip() + "]")
print("[" + s.rstrip() + "]")
print("[" + s.strip(None) + "]")
t = "xxyhelloyxx"
print(t.strip("x"), t.strip("xy"), t.strip("yx"), t.lstrip("x"), t.rstrip("xy"))
print("www.example.com".strip("cmowz."))
print("[" + "aaaa".strip("a") + "]")
print("[" + "".strip() + "]", "[" + "   ".rstrip() + "]")
print("abc".strip(""), "abc".strip("xyz"))
print("ééabcéé".strip("é"), "😀hi😀".lstrip("😀"))
print("\u00a0nbsp\u2003".strip() + "|")
print("0012300".lstrip("0"), "0012300".rstrip("0"))
print("  mixed  ".strip(" m"))
