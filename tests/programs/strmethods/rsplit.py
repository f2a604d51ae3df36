# str.rsplit cuts from the right; without maxsplit it matches split.
s = "a.b.c.d"
for n in range(-1, 5):
    print(n, s.rsplit(".", n), s.split(".", n))
print("  one  two three  ".rsplit())
print("  one  two three  ".rsplit(None, 1))
print("  one  two three  ".rsplit(maxsplit=0))
print("aaa".rsplit("aa"), "aaa".split("aa"))
print("aaaaa".rsplit("aa", 1), "aaaaa".split("aa", 1))
print("".rsplit(","), "".rsplit())
print("path/to/file.tar.gz".rsplit(".", 1))
print("path/to/file.tar.gz".rsplit("/", 1)[-1])
print("k=v=w".rsplit("=", maxsplit=1))
print("日本語 テキスト です".rsplit(" ", 1))
