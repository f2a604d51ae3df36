# True division of ints by zero raises ZeroDivisionError.
def ratio(a, b):
    return a / b


print(ratio(1, 2))
print("about to divide by zero")
print(ratio(1, 0))
print("not reached")
