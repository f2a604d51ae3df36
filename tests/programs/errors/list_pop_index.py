# pop(i) with an index out of range raises IndexError.
a = [1, 2, 3]
print(a.pop(-1), a)
a.pop(5)
