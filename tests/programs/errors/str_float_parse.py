# float() of a non-numeric string raises ValueError quoting it.
print(float(" 1.5 "), float("-inf"), float("1e3"))
t = "1.2.3"
print(float(t))
