# %x needs an integer; a float raises TypeError.
print("%x %d" % (255, 2.5))
print("%x" % 2.5)
