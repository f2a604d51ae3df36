x = 1
pair = (x, 2)  # error: [unsupported-tuple]
print(x)
