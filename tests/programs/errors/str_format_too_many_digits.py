# A width with too many digits raises ValueError.
print(len(format(1, "500")))
spec = "1" * 25
print(format(1, spec))
