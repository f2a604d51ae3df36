# A slice step of zero raises ValueError.
s = "abcdef"
step = 2
print(s[::step])
step = 0
print(s[::step])
