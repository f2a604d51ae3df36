# All six comparison operators on ints, including negatives and extremes.
def show(a, b):
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)


show(1, 2)
show(2, 1)
show(3, 3)
show(-5, 5)
show(-5, -6)
show(0, 0)
show(9223372036854775807, -9223372036854775807)
show(9223372036854775807, 9223372036854775806)
r = 1 < 2
print(r, r == True, r != False)
print(False < True, True > False, True == True, False >= False, True <= False)
print((1 < 2) == (3 < 4), (1 < 2) != (4 < 3))
