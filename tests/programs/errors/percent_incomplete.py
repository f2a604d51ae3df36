# A format string ending in a lone % is incomplete.
print("100%%" % ())
print("100%" % ())
