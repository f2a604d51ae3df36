# round() without ndigits of nan.
nan = float("nan")
print(round(nan, 3))
print(round(nan))
