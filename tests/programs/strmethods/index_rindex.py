# index/rindex return the same positions as find/rfind when the substring exists.
s = "mississippi"
print(s.index("s"), s.rindex("s"), s.index("ss"), s.rindex("ss"))
print(s.index("i", 2), s.rindex("i", 0, 8), s.index("p", -3), s.rindex("s", -6, -2))
print(s.index(""), s.rindex(""), s.index("", 4), s.rindex("", 2, 6))
print("héllo".index("l"), "héllo".rindex("l"), "日本日本".rindex("日"))
pos = 0
found = []
while True:
    k = s.find("i", pos)
    if k < 0:
        break
    found.append(k)
    pos = k + 1
print(found)
