# ValueError from unpacking with too many / too few values, starred targets and for-loop targets
x = [1, 2, 3]
try:
    a, *b, c, d, e = x
except ValueError as err:
    print(err)
try:
    p, q = "abc"
except ValueError as err:
    print(err)
y = [1]
try:
    a2, b2 = y
except ValueError as err:
    print(err)
try:
    for k, v in ["ab", "c"]:
        print(k, v)
except ValueError as err:
    print(err)
