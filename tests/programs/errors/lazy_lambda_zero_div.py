# ZeroDivisionError inside a lambda in a for over map, mid-iteration.
def show(label, v):
    print(label, v)


divisors = [5, 4, 3, 2, 1, 0, -1]
for q in map(lambda d: 60 // d, divisors):
    show("quotient", q)
print("not reached")
