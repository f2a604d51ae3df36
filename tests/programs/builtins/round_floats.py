# round() of floats with and without ndigits, across many ties and non-ties.
x = -3.0
while x <= 3.0:
    print(x, round(x))
    x = x + 0.5
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.5000000000000004))
print(round(4.5), round(5.5), round(6.5), round(1e16), round(-1e18))
print(round(2.345, 2), round(2.355, 2), round(-2.345, 2), round(0.045, 2), round(0.055, 2))
print(round(1.23456789, 0), round(1.23456789, 1), round(1.23456789, 5), round(1.23456789, 8))
print(round(123456.789, -1), round(123456.789, -3), round(123456.789, -6), round(-555.5, -1))
print(round(0.1 + 0.2, 1), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e-20, 19), round(1e-20, 20), round(5e-21, 20), round(1.5e-21, 21))
print(round(1e308, -307), round(1.7976931348623157e308, 2), round(1.7e308, -307))
