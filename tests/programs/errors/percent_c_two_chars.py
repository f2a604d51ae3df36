# %c with a str needs exactly one character.
print("%c" % "a")
print("%c" % "ab")
