# float() of a string that is not a number.
print(float(" 2.5 "))
print(float("x"))
