# The comprehension forms of map and filter with functions defined with def.
def square(x):
    return x * x


def is_even(x):
    return x % 2 == 0


def shout(s):
    return s.upper() + "!"


print([square(x) for x in range(6)])
print([x for x in range(10) if is_even(x)])
print([shout(s) for s in ["hi", "yo"]])
for x in [1, 2, 3]:
    print(square(x), is_even(square(x)))
print(sorted([x for x in [5, 2, 8, 1, 4] if is_even(x)]))
print([square(x) for x in range(10) if not is_even(x)])
