# Float modulo by zero.
def m(a, b):
    return a % b


print(m(5.5, 2.0))
print(m(1.0, 0.0))
