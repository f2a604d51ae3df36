# str.split() with no separator: runs of whitespace, leading/trailing whitespace, maxsplit.
def show(s):
    parts = s.split()
    print(len(parts), parts)


show("hello world")
show("  leading and trailing  ")
show("tabs\tand\nnewlines\r\nmixed \x0b\x0c end")
show("")
show("   ")
show("single")
show("a  b   c    d")
show("non\u00a0breaking\u2003em space")
s = "  one two  three four  "
for n in range(-1, 5):
    print(n, s.split(None, n))
print(s.split(maxsplit=2))
print("x y z".split(None, 0))
print("   x y z".split(None, 0))
