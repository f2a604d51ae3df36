# Comparison, concatenation, repetition, augmented assignment, truthiness and `in` for bytes.
vals = [b"", b"\x00", b"a", b"A", b"ab", b"abc", b"b", b"\xff", b"a\x00", b"\x7f\x80"]
for x in vals:
    row = ""
    for y in vals:
        c = "<" if x < y else (">" if x > y else "=")
        row += c
    print("%-12r" % x, row, x <= b"ab", x >= b"ab", x == b"ab", x != b"ab", bool(x), len(x))
print(sorted(vals), sorted(vals, key=len), min(vals), max(vals))
print(b"abc" == "abc", "abc" == b"abc", b"" == "", b"1" == "1", b"a" != "a", [b"a"] == [b"a"])
print(b"a" == b"a" == b"a", b"a" < b"b" < b"c", b"b" > b"a" >= b"a", b"ab" in [b"a", b"ab"])
acc = b""
for i in range(6):
    acc += bytes([65 + i]) * i
    print(i, acc, len(acc), bool(acc), acc[-1:] if acc else b"-")
s = b"ab"
s *= 3
t = s
t += b"!"
print(s, t, s == t[:-1], s * 0, s * -5, 0 * s, (b"x" + b"y") * 2, b"-" * 10)
n = 4
print(b"=" * n, n * b"ab", b"%" + b"d", b"" + b"", (b"" * 100) == b"")
hay = b"the cat sat on the mat"
for needle in [b"cat", b"the", b"dog", b"", b"t", b"at on", b"mat!", b"THE", hay, hay + b"."]:
    print(needle, needle in hay, needle not in hay)
for k in [0, 32, 97, 116, 255, 120, 109]:
    print(k, k in hay, k not in hay, k in b"", k in bytes(range(100)))
if b"\x00":
    print("nul is truthy")
if not b"":
    print("empty is falsy")
flag = b"yes" if hay else b"no"
other = b"" or b"fallback"
print(flag, other, b"a" and b"b", b"" and b"b", not b"x", b"x" if len(b"") else b"y")
parts = [b"ab", b"", b"cd", b"\xff"]
joined = b""
for p in parts:
    joined = joined + p + b"|"
print(joined, len(joined), joined < b"ab|", joined > b"ab", joined[:3] == b"ab|")
