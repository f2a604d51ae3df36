# int() of infinity raises OverflowError.
big = 1e308
print(int(big) > 0)
inf = big * 10
print(inf)
print(int(inf))
