# str.split(sep) keeps empty fields; maxsplit limits the number of cuts from the left.
def show(s, sep):
    parts = s.split(sep)
    print(repr(s), repr(sep), len(parts), parts)


show("a,b,c", ",")
show("a,,b,", ",")
show(",", ",")
show("", ",")
show("abc", ",")
show("a::b::c", "::")
show("a:::b", "::")
show("日本,語,テ", ",")
show("x😀y😀z", "😀")
s = "1-2-3-4-5"
for n in range(-1, 6):
    print(n, s.split("-", n))
print(s.split(sep="-", maxsplit=1))
print(s.split("-", maxsplit=3))
print("aaaa".split("a"))
print("aaaa".split("aa"))
print("ab ab".split(" "))
print("  a  ".split(" "))
