# %d needs a number; a str operand raises TypeError.
print("%d items" % 3)
print("%s items" % "3")
print("%d items" % "s")
