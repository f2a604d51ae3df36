x = 1
class Point:  # error: [unsupported-class]
    pass
print(x)
