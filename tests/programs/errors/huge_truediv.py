# True division of ints whose quotient does not fit in a double.
x = 10 ** 300
print(x / 10 ** 290, x / 1)
x = 10 ** 400
print(x / 10 ** 100)
print(x / 1)
print("not reached")
