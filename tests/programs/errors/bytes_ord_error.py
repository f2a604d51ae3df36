# ord() of bytes longer than one raises TypeError.
print(ord(b"a"))
print(ord(b"ab"))
