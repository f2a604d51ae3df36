# The fill character of center() must be exactly one character.
s = "mid"
print(s.center(7, "*"))
fill = "ab"
print(s.center(9, fill))
