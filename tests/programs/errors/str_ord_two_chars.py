# ord() of a two-character string raises TypeError with the length in the message.
print(ord("a"), ord("é"))
s = "ab"
print(ord(s))
