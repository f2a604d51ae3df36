# str.rindex raises ValueError when the substring is missing in the given range.
s = "abcabc"
print(s.rindex("a"), s.rfind("a", 1, 3))
print(s.rindex("a", 1, 3))
