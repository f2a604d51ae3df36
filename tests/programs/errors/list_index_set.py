# Assigning past the end of a list raises IndexError.
a = [1, 2, 3]
a[-3] = 0
print(a)
a[-4] = 5
print("not reached")
