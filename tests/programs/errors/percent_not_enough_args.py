# Fewer arguments than conversions raises TypeError.
print("%s %s" % (1, 2))
print("%s" % (1,))
print("%s %s" % (1,))
