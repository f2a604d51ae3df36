# Indexing a range past its end raises IndexError.
r = range(3, 10, 2)
print(r[-4], len(r))
print(r[4])
