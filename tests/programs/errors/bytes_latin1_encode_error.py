# Latin-1 holds U+0000..U+00FF only: encoding a CJK character raises UnicodeEncodeError.
words = ["café", "Größe", "ÿes", "naïve 日 ok"]
for w in words:
    print(w, w.encode("utf-8"), w.encode("latin-1", "replace"), w.encode("latin-1", "backslashreplace"))
for w in words:
    data = w.encode("latin-1")
    print(w, data, len(data), data.decode("latin-1") == w)
