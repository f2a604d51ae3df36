# Indexing a tuple out of range raises IndexError.
t = (1, 2, 3)
print(t[-1])
i = 5
print(t[i])
