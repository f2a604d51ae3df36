# Repeating a string by a count beyond the index range raises OverflowError.
s = "ab"
print(s * 3)
n = 2 ** 63
print(len(s * n))
