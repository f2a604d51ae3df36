# Ordering tuples of different lengths is not compiled yet (equality is).
print((1, 2) == (1, 2, 3))
print((1, 2) < (1, 2, 3))  # error: [unsupported-operation]
