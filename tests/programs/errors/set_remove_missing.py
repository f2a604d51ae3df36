# set.remove() of a missing element raises KeyError.
s = {1, 2, 3}
s.remove(2)
s.discard(9)
print(s)
s.remove(9)
