# A tuple's length is part of its type, so its slice bounds must be literals.
t = (1, 2, 3)
print(t[1:])
n = len(t) - 1
print(t[:n])  # error: [unsupported-operation]
