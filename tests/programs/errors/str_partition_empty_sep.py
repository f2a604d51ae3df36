# str.partition("") raises ValueError: empty separator.
s = "key=value"
print(s.partition("="))
print(s.rpartition(""))
