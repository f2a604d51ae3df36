# Adding a float to an int too large for a double raises OverflowError.
x = 2 ** 1000
print(x + 0.5)
x = x * 2 ** 23
print(x + 0.5)
x = x * 2 ** 1
print(x + 0.5)
print("not reached")
