# startswith/endswith with strings, tuples and start/end positions.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(""), s.endswith(""), "".startswith(""), "".endswith("x"))
print(s.endswith((".zip", ".gz")), s.endswith((".zip", ".rar")), s.startswith(("x", "fi", "y")))
exts = (".py", ".txt", ".gz")
print(s.endswith(exts), "a.py".endswith(exts), "a.pyc".endswith(exts))
print(s.startswith("name", 4), s.startswith("name", 5), s.endswith("name", 0, 8))
print(s.endswith(".tar", 0, -3), s.startswith("gz", -2), s.startswith("f", -100))
print(s.startswith("", 15), s.startswith("", 16), s.endswith("", 3, 2))
print("日本語".startswith("日本"), "日本語".endswith("語"), "😀x".startswith("😀"))
print("Hello".startswith("hello"), "Hello".lower().startswith("hello"))
for w in ["apple", "banana", "avocado", "cherry"]:
    if w.startswith(("a", "c")):
        print("match", w)
