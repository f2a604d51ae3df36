# round() with negative ndigits can overflow a float near the maximum.
big = 1.7976931348623157e308
print(round(1e308, -307), round(big, 2))
print(round(big, -308))
