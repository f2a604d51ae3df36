# * needs an int width.
print("[%*d]" % (4, 2))
print("[%*d]" % (1.5, 2))
