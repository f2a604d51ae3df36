# str.count: non-overlapping matches, empty substring, start/end bounds.
s = "aaaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count("b"), s.count(""))
print("".count(""), "".count("a"), "abc".count(""), "日本".count(""))
t = "the cat sat on the mat with the hat"
print(t.count("the"), t.count("at"), t.count(" "), t.count("at", 10), t.count("at", 5, 20))
print(t.count("at", -10), t.count("at", -10, -3), t.count("", 3, 7), t.count("", 7, 3))
print("é日é日é".count("é"), "😀😀😀".count("😀😀"))
for n in range(0, 7):
    print(n, "ababab".count("ab", n), "ababab".count("ab", 0, n))
