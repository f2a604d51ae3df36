# str.replace with and without a count, empty patterns, no matches.
s = "one one one one"
for n in range(-2, 6):
    print(n, s.replace("one", "1", n))
print(s.replace("one", "two"))
print(s.replace("x", "y"))
print(s.replace("one ", ""))
print("aaa".replace("a", "aa"))
print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("".replace("", "x"))
print("".replace("a", "x"))
print("héllo wörld".replace("ö", "o").replace("é", "e"))
print("日本日本".replace("日", "月", 1))
print("a.b.c".replace(".", ""))
