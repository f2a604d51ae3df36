# round() without ndigits must produce an int, impossible for infinity.
print(round(2.5), round(float("inf"), 1))
print(round(float("inf")))
