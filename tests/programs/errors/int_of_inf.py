# int() of infinity raises OverflowError.
big = 1e300
print(int(1e18) > 0)
inf = big * big
print(inf)
print(int(inf))
