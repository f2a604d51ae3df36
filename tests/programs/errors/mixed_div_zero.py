# Dividing a float by the int zero.
x = 2.5
z = 0
print(x * z)
print(x / z)
