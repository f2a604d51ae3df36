# A tuple's length is part of its type: the repeat count must be a literal.
n = 3
print((0,) * 2)
print((0,) * n)  # error: [unsupported-operation]
