# A width before %% makes CPython fetch an argument first: with none left, TypeError.
print("%% %d" % 5)
print("%5%|" % ())
