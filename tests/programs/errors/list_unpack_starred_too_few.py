# Starred unpacking still needs enough values.
first, *rest, last = [1, 2]
print(first, rest, last)
first, *rest, last = [1]
