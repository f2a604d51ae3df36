# Reading past the end of a list raises IndexError.
a = [10, 20, 30]
print(a[2], a[-3])
i = 3
print(a[i])
print("not reached")
