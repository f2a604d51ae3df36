# bytes: literals, len, indexing, slicing, iteration, comparison, hashing, concatenation, repetition, in.
s = "héllo wörld"
e = s.encode()
print(e, len(e), e.decode(), e.decode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(e.hex(), b"\x00\xff".hex(), hash(b"abc") == hash("abc"))
d = {b"k": 1}
print(d, {b"b", b"a"} == {b"a", b"b"}, sorted([b"b", b"a", b"ab"]))
for x in b"AZ":
    print(x)
print(list(b"hi"), sum(b"abc"), max(b"abc"), b"ab" if b"" else b"cd")
a = b"abc"
b = a + b"def"
b += b"!"
print(b, a * 2, 3 * b"xy", a * 0, b[0], b[-1], b[1:4], b[::-1], b[10:])
print(b"bc" in a, b"x" in a, 99 in a, 100 in a, b"" in a)
print(a == b"abc", a != b"abd", a < b"abd", a == "abc", b"" < a)
e = "ünï".encode("utf-8")
print(e, e.decode(), len(e), [x for x in e], e[1:3])
print(bytes([104, 105]), bytes(3), bytes(), bytes("hé", "utf-8"))
print(str(a), repr(b'it\'s'), f"{a}", f"{a!r}", "%s|%r" % (a, a))
