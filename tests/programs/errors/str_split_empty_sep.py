# str.split("") raises ValueError: empty separator.
s = "a b"
print(s.split(" "))
sep = ""
print(s.split(sep))
