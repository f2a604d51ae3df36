# Float floor division by zero.
a = 1.0
b = -0.0
print("dividing", a, "by", b)
print(a // b)
