# Equal strings built in different ways compare equal and act as the same dict/set key.
a = "hello world"
b = "hello" + " " + "world"
c = " ".join(["hello", "world"])
d = "HELLO WORLD".lower()
e = "xhello worldx"[1:-1]
print(a == b, a == c, a == d, a == e, a is not None)
counts = {}
for k in [a, b, c, d, e, "other"]:
    counts[k] = counts.get(k, 0) + 1
print(counts)
print(len({a, b, c, d, e}), a in {b}, c in counts)
s1 = "é"
s2 = "\u00e9"
s3 = "e\u0301"
print(s1 == s2, s1 == s3, len({s1, s2, s3}))
