a = 1
b = 2
a, b = b, a  # error: [unsupported-tuple]
print(a, b)
