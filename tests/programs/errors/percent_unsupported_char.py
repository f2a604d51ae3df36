# An unknown conversion character raises ValueError naming it and its index.
print("%d%%" % 5)
print("%s %y" % (1, 2))
