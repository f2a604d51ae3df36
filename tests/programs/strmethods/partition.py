# partition/rpartition: separator found once, many times, or not at all.
for s in ["key=value", "a=b=c", "noequals", "=start", "end=", "", "=="]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("http://example.com/path".partition("://"))
print("日本語テキスト".partition("語"), "😀a😀".rpartition("😀"))
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail, len(sep))
a, b, c = "no separator".rpartition("@")
print(repr(a), repr(b), repr(c))
