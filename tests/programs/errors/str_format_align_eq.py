# '=' alignment is not allowed for strings.
print(format(-5, "=6"))
s = "ab"
print(format(s, "=6"))
