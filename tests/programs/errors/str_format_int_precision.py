# A precision is not allowed in an integer format spec.
n = 7
print(format(n, "5d") + "|")
print(format(n, ".2"))
