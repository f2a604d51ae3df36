# Unpacking a str with the wrong length raises ValueError.
a, b = "xy"
print(a, b)
a, b = "xyz"
