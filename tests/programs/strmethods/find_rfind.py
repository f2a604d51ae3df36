# find/rfind with start and end, including negative and out-of-range bounds.
s = "abracadabra"
print(s.find("a"), s.rfind("a"), s.find("bra"), s.rfind("bra"), s.find("z"), s.rfind("z"))
for start in [-20, -5, -1, 0, 1, 4, 8, 11, 20]:
    print(start, s.find("a", start), s.rfind("a", start), s.find("bra", start))
for end in [-20, -3, 0, 3, 4, 11, 50]:
    print(end, s.find("a", 0, end), s.rfind("a", 0, end), s.rfind("bra", 0, end))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind("", 3, 7))
print(s.find("a", 5, 3), s.find("", 5, 3))
t = "日本語の日本"
print(t.find("日本"), t.rfind("日本"), t.find("の"), t.find("本", 2))
print("😀a😀b".find("b"), "😀a😀b".rfind("😀"))
