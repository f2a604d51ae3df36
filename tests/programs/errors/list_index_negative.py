# A negative index beyond the start of the list raises IndexError.
def last_n(xs, n):
    return xs[-n]


a = [1, 2, 3]
print(last_n(a, 1), last_n(a, 3))
print(last_n(a, 4))
