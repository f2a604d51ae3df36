# Repeating a list by a huge int raises OverflowError.
a = [1, 2]
print(a * 2)
n = 2 ** 70
print(len(n * a))
