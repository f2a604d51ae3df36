# str.index raises ValueError when the substring is missing (find returns -1).
s = "hello world"
print(s.find("xyz"), s.index("world"))
print(s.index("xyz"))
