# String equality with computed strings, empty strings and str() results.
a = "12"
b = str(12)
c = "1" + "2"
print(a == b, b == c, a == c, a != "12 ")
print(str(1.5) == "1.5", str(True) == "True", str(None) == "None", str(-0.0) == "-0.0")
e = ""
print(e == "", e * 5 == "", "" + e == e, len(e) == 0)
x = "ab" * 3
print(x == "ababab", x == "abab", x != "ababab")
s1 = "caf\u00e9"
s2 = "café"
s3 = "cafe\u0301"
print(s1 == s2, s1 == s3, len(s1), len(s3))
if a == b:
    print("equal")
count = 0
word = ""
while word != "aaaa":
    word = word + "a"
    count += 1
print(count, word)
